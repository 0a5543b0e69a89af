package org.concord.projects.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.concord.ConcordApplication;
import org.concord.audit.AuditLog;
import org.concord.benchmark.SyntheticActivities;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.IatiWriter;
import org.concord.shared.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The process running an import is killed (SIGKILL, and its database server with it, as in a power cut) in the
 * middle of the file; Concord started again on the same data finishes the job: every activity once, each counted
 * once, each with one audit row, and nothing half-written.
 */
class ImportCrashTest {

    private static final int ACTIVITIES = 3_000;

    @Test
    void aJobKilledMidwayIsFinishedAfterARestartWithEveryActivityOnce() throws Exception {
        Path directory = Files.createTempDirectory("concord-crash-");
        Path file = directory.resolveSibling(directory.getFileName() + ".xml");
        try {
            Files.write(file, syntheticFile());
            Process child = startImportInAnotherProcess(directory, file);
            int before = killWhenHalfway(child, directory);
            assertThat(before).as("activities committed before the kill").isBetween(1, ACTIVITIES - 1);

            try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(ConcordApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--concord.database.directory=" + directory, "--concord.database.temporary=false",
                            "--concord.import.background=false", "--spring.main.banner-mode=off")) {
                JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
                ImportJobs jobs = restarted.getBean(ImportJobs.class);
                long id = jdbc.queryForObject("select id from import_job", Long.class);
                assertThat(jobs.find(id).orElseThrow().status()).as("left by the killed process").isEqualTo("RUNNING");

                assertThat(restarted.getBean(ImportWorker.class).runIfFree(id)).isTrue();

                ImportJob job = jobs.find(id).orElseThrow();
                assertThat(job.status()).isEqualTo("DONE");
                assertThat(job.processed()).isEqualTo(ACTIVITIES);
                assertThat(job.created()).as("each activity counted once").isEqualTo(ACTIVITIES);
                assertThat(job.unchanged() + job.updated() + job.rejected()).isZero();
                assertThat(jdbc.queryForObject("select count(*) from activity", Integer.class)).isEqualTo(ACTIVITIES);
                assertThat(jdbc.queryForObject("""
                        select count(*) from activity a where not exists (select 1 from activity_title t where t.activity_id = a.id)
                           or not exists (select 1 from activity_participant p where p.activity_id = a.id)""", Integer.class))
                        .as("activities without their rows").isZero();
                assertThat(jdbc.queryForObject("""
                        select count(distinct entity_id) from audit_entry where entity_type = 'activity' and action = 'imported'""",
                        Integer.class)).isEqualTo(ACTIVITIES);
                assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where entity_type = 'activity' and action = 'imported'",
                        Integer.class)).as("one audit row each").isEqualTo(ACTIVITIES);
                assertThat(restarted.getBean(AuditLog.class).verify().intact()).isTrue();
            }
        } finally {
            EmbeddedDatabase.stop(directory);
            FileSystemUtils.deleteRecursively(directory);
            Files.deleteIfExists(file);
        }
    }

    private static byte[] syntheticFile() throws Exception {
        SyntheticActivities synthetic = new SyntheticActivities(11, List.of("UA", "GE", "MD", "AM", "KG", "TJ"), 300);
        List<IatiActivity> activities = new ArrayList<>();
        for (int i = 0; i < ACTIVITIES; i++) {
            activities.add(synthetic.next(i));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IatiWriter().write(activities, out, Instant.now());
        return out.toByteArray();
    }

    /** The application in a JVM of its own, importing the file from the command line. */
    private static Process startImportInAnotherProcess(Path directory, Path file) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Path.of("target", "import-crash-child.log");
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ConcordApplication.class.getName(),
                "--concord.database.directory=" + directory, "--concord.database.temporary=false",
                "--concord.import.background=false", "--spring.main.web-application-type=none",
                "--spring.main.banner-mode=off", "--import-iati=" + file)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Watches the job's progress in the child's database and, once some activities are in but not all, kills the
     * child and then its database server without letting either shut down. Returns how many were in.
     */
    private static int killWhenHalfway(Process child, Path directory) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        Path pidFile = directory.resolve("postmaster.pid");
        while (Instant.now().isBefore(deadline) && child.isAlive()) {
            if (Files.exists(pidFile)) {
                List<String> lines;
                try {
                    lines = Files.readAllLines(pidFile);
                } catch (java.io.IOException e) {
                    lines = List.of(); // the server is writing or removing it; look again
                }
                if (lines.size() > 3 && lines.get(0).trim().matches("\\d+") && lines.get(3).trim().matches("\\d+")) {
                    int processed = processed(Integer.parseInt(lines.get(3).trim()), directory);
                    if (processed > ACTIVITIES / 10) {
                        child.destroyForcibly().waitFor();
                        ProcessHandle server = ProcessHandle.of(Long.parseLong(lines.get(0).trim())).orElseThrow();
                        server.destroyForcibly();
                        server.onExit().get();
                        return processed;
                    }
                }
            }
            Thread.sleep(50); // a poll interval, not a timing assertion
        }
        throw new AssertionError("the import in the other process did not get going; see target/import-crash-child.log");
    }

    /** Activities the job has committed, read from the child's database; 0 before the job exists. */
    private static int processed(int port, Path directory) {
        EmbeddedDatabase.Login superuser;
        try {
            superuser = EmbeddedDatabase.superuser(directory);
        } catch (RuntimeException e) {
            return 0; // the server has not made its passwords yet
        }
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                superuser.user(), superuser.password());
             ResultSet rs = connection.createStatement().executeQuery(
                     "select coalesce(sum(processed), 0) from import_lane")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            return 0; // the server or the schema is not up yet
        }
    }
}
