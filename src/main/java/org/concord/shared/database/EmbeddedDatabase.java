package org.concord.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL server used when no external database is configured.
 * One server per data directory per JVM, so that every Spring context of a test run (and a
 * context restarted in the same JVM) shares it; it stops when the JVM exits.
 * <p>
 * Every connection needs a password: the superuser ({@value #SUPERUSER}, which owns the tables and runs the
 * migrations) and the role of Concord's requests ({@value #APPLICATION_ROLE}) get random ones at the first start,
 * kept in the data directory ({@link EmbeddedPasswords}). A server a killed Concord left running is stopped before this
 * one starts; a server that dies under a running Concord is started again, on the same port, by a watchdog.
 */
public final class EmbeddedDatabase {

    public static final String SUPERUSER = "postgres";
    public static final String APPLICATION_ROLE = "concord_app";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, Running> servers = new ConcurrentHashMap<>();
    private static final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "embedded-postgres-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private static volatile boolean jvmStopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> jvmStopping = true, "embedded-postgres-jvm-stopping"));
    }

    /** A role's name and password. */
    public record Login(String user, String password) {
        @Override
        public String toString() {
            return "Login[" + user + "]";
        }
    }

    /** A started server: its port, the owner's login (migrations) and the application's (requests). */
    public record Server(int port, Login owner, Login application) {
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://localhost:" + port + "/" + database;
        }
    }

    private record Running(Path directory, boolean temporary, EmbeddedPostgres postgres, Server server,
            Map<String, String> config) {
    }

    private EmbeddedDatabase() {
    }

    /**
     * Starts (or returns the running) server whose data lives in {@code dataDirectory}. A temporary
     * database (tests) starts empty and its directory is deleted when it stops.
     */
    public static synchronized Server start(Path dataDirectory, boolean temporary) {
        return start(dataDirectory, temporary, false);
    }

    /**
     * The same; with {@code useRunning}, a server another process (a running Concord) runs on the directory is used as
     * it is, with the logins of its passwords file, so that a command such as {@code --verify-audit} works beside it.
     * Without, such a server is stopped when the Concord that started it is gone (killed), and this start fails in
     * words when that Concord still runs.
     */
    public static synchronized Server start(Path dataDirectory, boolean temporary, boolean useRunning) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        Running running = servers.get(dir);
        if (running == null) {
            Optional<Integer> port = useRunning && !temporary ? runningElsewhere(dir) : Optional.empty();
            if (port.isPresent()) {
                EmbeddedPasswords passwords = EmbeddedPasswords.read(dir).orElseThrow(() -> new IllegalStateException(
                        "The PostgreSQL running on " + dir + " has no " + EmbeddedPasswords.FILE + " beside it"));
                log.info("Using the embedded PostgreSQL already running on port {}, data in {}", port.get(), dir);
                return new Server(port.get(), new Login(SUPERUSER, passwords.superuser()),
                        new Login(APPLICATION_ROLE, passwords.application()));
            }
            running = startServer(dir, temporary);
            servers.put(dir, running);
            watch(running);
        }
        return running.server();
    }

    /**
     * The port of a PostgreSQL server that another process runs on {@code dir}: its postmaster.pid names a live
     * postgres process and the port (third line after the process id and data directory: start time, then port).
     */
    static Optional<Integer> runningElsewhere(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4 || !lines.get(0).trim().matches("\\d+") || !lines.get(3).trim().matches("\\d+")) {
                return Optional.empty();
            }
            boolean alive = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive)
                    .flatMap(p -> p.info().command())
                    .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                    .orElse(false);
            return alive ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // being written or removed: as if none ran
        }
    }

    /** Stops the server of {@code dataDirectory}, as a shutdown would; used to prove data survives a restart. */
    public static synchronized void stop(Path dataDirectory) {
        Running running = servers.remove(dataDirectory.toAbsolutePath().normalize());
        if (running != null) {
            close(running);
        }
    }

    /** The superuser's login of the server of {@code dataDirectory}, as its passwords file holds it (tests, tools). */
    public static Login superuser(Path dataDirectory) {
        EmbeddedPasswords passwords = EmbeddedPasswords.read(dataDirectory.toAbsolutePath().normalize())
                .orElseThrow(() -> new IllegalStateException("No embedded database in " + dataDirectory));
        return new Login(SUPERUSER, passwords.superuser());
    }

    /** The server's settings, on its command line (the library adds -F, fsync off, which the last one here undoes). */
    private static Map<String, String> serverConfig(boolean temporary) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("timezone", "UTC");
        config.put("max_connections", "100");
        config.put("shared_buffers", "128MB");
        config.put("password_encryption", "scram-sha-256");
        // the data sits on a local disk and mostly in memory: an index page costs about what a sequential one does,
        // and with the default (4) the planner scans a 100,000-activity table to find one word rather than use its
        // full-text index
        config.put("random_page_cost", "1.1");
        // a system of record keeps every committed write; only throwaway test databases trade that for speed
        config.put("synchronous_commit", temporary ? "off" : "on");
        // the library starts the server with fsync off (-F), fine for tests and ruinous for real data after a power
        // cut; this comes after it on the command line and wins
        config.put("fsync", temporary ? "off" : "on");
        return config;
    }

    private static Running startServer(Path dir, boolean temporary) {
        long started = System.nanoTime();
        boolean existing = Files.exists(dir.resolve("PG_VERSION")) && !temporary;
        try {
            Files.createDirectories(dir);
            EmbeddedDataDirectory.stopOrphanedServer(dir);
            if (temporary) {
                // emptied at the start too: a test JVM that was killed left its data behind
                FileSystemUtils.deleteRecursively(dir);
                Files.createDirectories(dir);
            }
            EmbeddedPasswords passwords = EmbeddedPasswords.read(dir).orElse(null);
            EmbeddedPasswords made = passwords == null ? EmbeddedPasswords.random() : null;
            EmbeddedPasswords use = passwords == null ? made : passwords;
            Map<String, String> config = serverConfig(temporary);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    // never the library's cleaning: Concord empties a temporary directory itself
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setConnectConfig("password", use.superuser())
                    .setDataDirectoryCustomizer(directory -> {
                        // after initdb, before the server first listens
                        EmbeddedDataDirectory.requirePasswords(dir);
                        if (made != null) {
                            EmbeddedDataDirectory.setSuperuserPassword(dir, made.superuser());
                            made.write(dir);
                        }
                    });
            config.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            Server server = new Server(postgres.getPort(), new Login(SUPERUSER, use.superuser()),
                    new Login(APPLICATION_ROLE, use.application()));
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), SUPERUSER,
                    use.superuser())) {
                EmbeddedDataDirectory.ensureApplicationRole(connection, use.application());
            } catch (SQLException e) {
                close(new Running(dir, false, postgres, server, config));
                throw new IllegalStateException("Could not set up the application's role on the embedded PostgreSQL in "
                        + dir, e);
            }
            Running running = new Running(dir, temporary, postgres, server, config);
            // after Spring has closed its contexts, not beside them: beans that touch the database as they close
            // (the event publication registry looks for outstanding publications) would otherwise wait out the
            // connection timeout for a server already gone
            SpringApplication.getShutdownHandlers().add(() -> stop(dir));
            log.info("Embedded PostgreSQL {} in {} ms on port {}, data in {}{}",
                    existing ? "reopened" : "created", (System.nanoTime() - started) / 1_000_000,
                    postgres.getPort(), dir, made != null && existing
                            ? "; every connection now needs a password (see " + EmbeddedPasswords.FILE + " there)"
                            : "");
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    /** When the server's process ends and nobody stopped it, the watchdog starts it again. */
    private static void watch(Running running) {
        EmbeddedDataDirectory.postmaster(running.directory()).ifPresentOrElse(
                // a moment's grace: the backends of a killed server let go of its shared memory as they notice
                process -> process.onExit().thenRun(() -> watchdog.schedule(() -> restartIfStillWanted(running, 1),
                        500, TimeUnit.MILLISECONDS)),
                () -> log.warn("Cannot watch the embedded PostgreSQL in {}: no postmaster.pid", running.directory()));
    }

    /**
     * Starts the server that died again, with pg_ctl, on its port and with its settings, so that the connection pools
     * of the running contexts find it where it was. The library's object stays: it holds the directory's lock for this
     * JVM and stops whatever server runs in the directory when Concord stops.
     */
    private static void restartIfStillWanted(Running died, int attempt) {
        synchronized (EmbeddedDatabase.class) {
            if (jvmStopping || servers.get(died.directory()) != died) {
                return; // stopped on purpose
            }
            if (attempt == 1) {
                log.warn("The embedded PostgreSQL in {} stopped unexpectedly; starting it again on port {}",
                        died.directory(), died.server().port());
            }
            if (EmbeddedDataDirectory.startAgain(died.directory(), died.server().port(), died.config())) {
                log.info("The embedded PostgreSQL in {} is running again on port {}", died.directory(),
                        died.server().port());
                watch(died);
                return;
            }
            log.warn("Could not start the embedded PostgreSQL in {} again (attempt {}); trying again", died.directory(),
                    attempt);
        }
        watchdog.schedule(() -> restartIfStillWanted(died, attempt + 1), Math.min(attempt, 5), TimeUnit.SECONDS);
    }

    private static void close(Running running) {
        closeQuietly(running.postgres());
        if (running.temporary()) {
            FileSystemUtils.deleteRecursively(running.directory().toFile());
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
