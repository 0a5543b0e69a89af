package org.concord.shared.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL's two roles, made at random when Concord first starts on a data directory
 * (or first starts on one made before the server asked for passwords) and kept in {@link #FILE} inside it, readable by
 * its owner only (0600), as the data directory itself is.
 */
record EmbeddedPasswords(String superuser, String application) {

    static final String FILE = "concord-passwords.properties";

    private static final SecureRandom RANDOM = new SecureRandom();

    static Optional<EmbeddedPasswords> read(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the embedded database's passwords in " + file, e);
        }
        String superuser = properties.getProperty(EmbeddedDatabase.SUPERUSER);
        String application = properties.getProperty(EmbeddedDatabase.APPLICATION_ROLE);
        if (superuser == null || application == null) {
            throw new IllegalStateException(file + " lacks the password of " + EmbeddedDatabase.SUPERUSER + " or "
                    + EmbeddedDatabase.APPLICATION_ROLE + "; restore it from a backup of the data directory");
        }
        return Optional.of(new EmbeddedPasswords(superuser, application));
    }

    static EmbeddedPasswords random() {
        return new EmbeddedPasswords(randomPassword(), randomPassword());
    }

    /** Written to a file of its own first and moved into place, so that a crash never leaves half a file. */
    void write(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        Path partial = dataDirectory.resolve(FILE + ".new");
        try {
            Files.deleteIfExists(partial);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(partial);
            }
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                out.write("# The passwords of the embedded PostgreSQL's roles, made by Concord when it first started on this\n"
                        + "# directory. " + EmbeddedDatabase.SUPERUSER + " owns Concord's tables and migrates them; "
                        + EmbeddedDatabase.APPLICATION_ROLE + " is the role Concord's\n"
                        + "# requests use. Keep this file with the data: without it Concord cannot connect.\n");
                out.write(EmbeddedDatabase.SUPERUSER + "=" + superuser + "\n");
                out.write(EmbeddedDatabase.APPLICATION_ROLE + "=" + application + "\n");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the embedded database's passwords to " + file, e);
        }
    }

    /** 256 bits in URL-safe Base64: letters, digits, '-' and '_', so that it needs no quoting in SQL or a URL. */
    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedPasswords[***]";
    }
}
