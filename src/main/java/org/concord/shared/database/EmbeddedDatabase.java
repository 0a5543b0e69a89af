package org.concord.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * The embedded PostgreSQL server used when no external database is configured.
 * One server per data directory per JVM, so that every Spring context of a test run (and a
 * context restarted in the same JVM) shares it; it stops when the JVM exits.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

    private EmbeddedDatabase() {
    }

    /**
     * Starts (or returns the running) server whose data lives in {@code dataDirectory}. A temporary
     * database (tests) starts empty and its directory is deleted when it stops.
     */
    public static synchronized String jdbcUrl(Path dataDirectory, boolean temporary) {
        return jdbcUrl(dataDirectory, temporary, false);
    }

    /**
     * The same; with {@code useRunning}, a server another process (a running Concord) started on the directory is used
     * as it is, so that a command such as {@code --verify-audit} works beside it. Without, that is refused in words.
     */
    public static synchronized String jdbcUrl(Path dataDirectory, boolean temporary, boolean useRunning) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgres server = servers.get(dir);
        if (server == null) {
            Optional<Integer> port = runningElsewhere(dir);
            if (port.isPresent()) {
                if (!useRunning) {
                    throw new IllegalStateException("Another process already runs the embedded PostgreSQL of " + dir
                            + " (port " + port.get() + "): stop the Concord that uses it first. Commands such as "
                            + "--verify-audit use it as it runs.");
                }
                log.info("Using the embedded PostgreSQL already running on port {}, data in {}", port.get(), dir);
                return "jdbc:postgresql://localhost:" + port.get() + "/postgres?user=postgres";
            }
            server = start(dir, temporary);
            servers.put(dir, server);
        }
        return server.getJdbcUrl("postgres", "postgres");
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
        EmbeddedPostgres server = servers.remove(dataDirectory.toAbsolutePath().normalize());
        if (server != null) {
            close(server);
        }
    }

    private static EmbeddedPostgres start(Path dir, boolean temporary) {
        long started = System.nanoTime();
        boolean existing = Files.exists(dir.resolve("PG_VERSION")) && !temporary;
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(temporary)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    // the data sits on a local disk and mostly in memory: an index page costs about what a
                    // sequential one does, and with the default (4) the planner scans a 100,000-activity table to
                    // find one word rather than use its full-text index
                    .setServerConfig("random_page_cost", "1.1")
                    // a system of record keeps every committed write; only throwaway test databases trade that for speed
                    .setServerConfig("synchronous_commit", temporary ? "off" : "on")
                    // the library starts the server with fsync off (-F), fine for tests and ruinous for real data
                    // after a power cut; this comes after it on the command line and wins
                    .setServerConfig("fsync", temporary ? "off" : "on")
                    .start();
            // after Spring has closed its contexts, not beside them: beans that touch the database as they close
            // (the event publication registry looks for outstanding publications) would otherwise wait out the
            // connection timeout for a server already gone
            SpringApplication.getShutdownHandlers().add(() -> close(server));
            log.info("Embedded PostgreSQL {} in {} ms on port {}, data in {}",
                    existing ? "reopened" : "created", (System.nanoTime() - started) / 1_000_000,
                    server.getPort(), dir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
