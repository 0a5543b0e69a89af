package org.concord.shared.blobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Blobs as files under {@code concord.blobs.directory} (default {@code data/blobs}), which several instances may share
 * (a network file system). Each key is 32 random hex digits; files are spread over 256 sub-directories by the key's
 * first two digits. A blob is written to a temporary file in the same directory and moved into place atomically, so a
 * reader on any instance sees it whole or not at all.
 */
@Component
public class FileSystemBlobStore implements BlobStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    public FileSystemBlobStore(@Value("${concord.blobs.directory:data/blobs}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public String put(InputStream content) throws IOException {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try {
            Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return key;
    }

    @Override
    public Optional<InputStream> get(String key) throws IOException {
        try {
            return Optional.of(Files.newInputStream(path(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean delete(String key) throws IOException {
        return Files.deleteIfExists(path(key));
    }

    private Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a blob key");
        }
        return directory.resolve(key.substring(0, 2)).resolve(key);
    }

    /** The directory the blobs are kept in. */
    public Path directory() {
        return directory;
    }
}
