package org.concord.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Versioned migrations are frozen once on main: a database that applied one refuses to start when the file changed
 * (Flyway's checksum). db/migration/checksums.txt lists the SHA-256 of each; this test fails when a listed file
 * changed or disappeared, and when a V file is not listed yet, so that it is frozen on purpose. Repeatable
 * migrations (R__) are replaced whole when they change and are not listed.
 */
class MigrationsFrozenTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path CHECKSUMS = MIGRATIONS.resolve("checksums.txt");
    static final Path RELEASES = Path.of("src/test/resources/db/releases");

    @Test
    void everyVersionedMigrationIsListedAndUnchanged() throws IOException {
        Map<String, String> listed = listed();
        Map<String, String> present = versioned(MIGRATIONS);
        List<String> problems = new ArrayList<>();
        listed.forEach((file, checksum) -> {
            String now = present.get(file);
            if (now == null) {
                problems.add(file + " is listed in " + CHECKSUMS + " but is gone. A versioned migration that has reached "
                        + "main is never removed (databases have applied it): restore it, and undo what it did, if need "
                        + "be, in a new migration V<n>__<module>_<change>.sql.");
            } else if (!now.equals(checksum)) {
                problems.add(file + " has changed since its checksum was listed in " + CHECKSUMS + ". A versioned "
                        + "migration that has reached main is never edited: databases that applied it would refuse to "
                        + "start. Put it back as it was (git checkout main -- " + MIGRATIONS.resolve(file) + ") and "
                        + "make the change in a new migration V<n>__<module>_<change>.sql.");
            }
        });
        present.forEach((file, checksum) -> {
            if (!listed.containsKey(file)) {
                problems.add(file + " is not listed in " + CHECKSUMS + ". When it is final, add its checksum line "
                        + "(sha256sum " + file + " >> checksums.txt, in " + MIGRATIONS + "), so that it is frozen on "
                        + "purpose; the line: " + checksum + "  " + file);
            }
        });
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void eachReleaseKeepsTheVersionedMigrationsItShippedWith() throws IOException {
        Map<String, String> listed = listed();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> releases = Files.list(RELEASES)) {
            for (Path release : releases.filter(Files::isDirectory).sorted().toList()) {
                versioned(release).forEach((file, checksum) -> {
                    if (!checksum.equals(listed.get(file))) {
                        problems.add(RELEASES.relativize(release) + "/" + file + " is not the " + file + " listed in "
                                + CHECKSUMS + ": a release folder is a copy of the migrations as they were released.");
                    }
                });
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** File name to SHA-256, from checksums.txt (lines "checksum  file", as sha256sum prints them; # comments). */
    static Map<String, String> listed() throws IOException {
        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(CHECKSUMS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split("\\s+\\*?", 2);
            assertThat(parts).as("line of %s: %s", CHECKSUMS, line).hasSize(2);
            assertThat(listed.put(parts[1], parts[0])).as("%s listed twice in %s", parts[1], CHECKSUMS).isNull();
        }
        return listed;
    }

    /** The versioned migrations of a folder, file name to SHA-256 (with LF line endings, whatever the checkout). */
    static Map<String, String> versioned(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> p.getFileName().toString().matches("V.+__.+\\.sql")).toList()) {
                files.put(path.getFileName().toString(), sha256(Files.readAllBytes(path)));
            }
        }
        return files;
    }

    private static String sha256(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
