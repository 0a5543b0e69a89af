package org.concord.projects.internal.overlap;

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
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.concord.ConcordApplication;
import org.concord.benchmark.SyntheticActivities;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.IatiWriter;
import org.concord.shared.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The process that imported a file dies (halted, and its database server killed, as in a power cut) after the
 * import's last transaction committed and before overlap detection ran; Concord started again on the same data
 * finds the recomputation outstanding in the event publication registry, runs it, and completes it: the overlaps are
 * those a full detection run finds.
 */
class RecomputationCrashTest {

    private static final int ACTIVITIES = 300;
    /** The child's exit code when it halted where the test wanted it to. */
    private static final int HALTED = 99;

    @Test
    void aRecomputationCutShortAfterTheImportCommittedIsDoneAfterARestart() throws Exception {
        Path directory = Files.createTempDirectory("concord-overlap-crash-");
        Path file = directory.resolveSibling(directory.getFileName() + ".xml");
        try {
            Files.write(file, syntheticFile());
            Process child = importInAnotherProcessThatHaltsBeforeRecomputation(directory, file);
            assertThat(child.waitFor(3, TimeUnit.MINUTES)).as("the child ended; see target/overlap-crash-child.log").isTrue();
            assertThat(child.exitValue()).as("halted as the overlap recomputation was handed over").isEqualTo(HALTED);

            List<String> pid = Files.readAllLines(directory.resolve("postmaster.pid"));
            EmbeddedDatabase.Login superuser = EmbeddedDatabase.superuser(directory);
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres", superuser.user(), superuser.password())) {
                assertThat(single(connection, "select status from import_job")).isEqualTo("DONE");
                assertThat(single(connection, "select count(*) from activity")).isEqualTo(String.valueOf(ACTIVITIES));
                assertThat(single(connection, "select count(*) from overlap_candidate")).as("not recomputed yet").isEqualTo("0");
                assertThat(single(connection, """
                        select event_type || ' to ' || listener_id from event_publication where completion_date is null"""))
                        .as("the outstanding publication, committed with the job's end")
                        .startsWith("org.concord.projects.ActivitiesChanged to ")
                        .contains("OverlapRecomputation.activitiesChanged");
            }
            ProcessHandle server = ProcessHandle.of(Long.parseLong(pid.get(0).trim())).orElseThrow();
            server.destroyForcibly();
            server.onExit().get();

            try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(ConcordApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--concord.database.directory=" + directory, "--concord.database.temporary=false",
                            "--concord.import.background=false", "--spring.main.banner-mode=off",
                            "--spring.modulith.events.republish-outstanding-events-on-restart=true")) {
                JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
                Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
                while (outstanding(jdbc) > 0 && Instant.now().isBefore(deadline)) {
                    Thread.sleep(100); // a poll interval, not a timing assertion
                }
                assertThat(outstanding(jdbc)).as("publications left outstanding").isZero();
                List<String> recomputed = candidates(jdbc);
                assertThat(recomputed).as("overlap candidates after the restart").isNotEmpty();

                restarted.getBean(OverlapDetector.class).recomputeAll();
                assertThat(candidates(jdbc)).as("what a full run finds").isEqualTo(recomputed);
            }
        } finally {
            EmbeddedDatabase.stop(directory);
            FileSystemUtils.deleteRecursively(directory);
            Files.deleteIfExists(file);
        }
    }

    private static int outstanding(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Integer.class);
    }

    private static List<String> candidates(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                select activity_a || '-' || activity_b || ' ' || score from overlap_candidate order by activity_a, activity_b""",
                String.class);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            String value = rs.getString(1);
            assertThat(rs.next()).as("one row: " + sql).isFalse();
            return value;
        }
    }

    /** Activities in three countries, so that some of them overlap. */
    private static byte[] syntheticFile() throws Exception {
        SyntheticActivities synthetic = new SyntheticActivities(17, List.of("UA", "GE", "MD"), 40);
        List<IatiActivity> activities = new ArrayList<>();
        for (int i = 0; i < ACTIVITIES; i++) {
            activities.add(synthetic.next(i));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IatiWriter().write(activities, out, Instant.now());
        return out.toByteArray();
    }

    private static Process importInAnotherProcessThatHaltsBeforeRecomputation(Path directory, Path file) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Path.of("target", "overlap-crash-child.log");
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HaltingConcord.class.getName(),
                "--concord.database.directory=" + directory, "--concord.database.temporary=false",
                "--concord.import.background=false", "--spring.main.web-application-type=none",
                "--spring.main.banner-mode=off", "--import-iati=" + file)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Concord whose overlap executor halts the JVM when it is handed a run: that happens after the commit that
     * published the change (the listener reacts after commit) and before any detection, the window under test.
     * Registered by an initializer rather than as a bean, so that component scanning in other tests never finds it.
     */
    static final class HaltingConcord {

        public static void main(String[] args) {
            new SpringApplicationBuilder(ConcordApplication.class)
                    .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                        @Override
                        public Object postProcessAfterInitialization(Object bean, String name) {
                            if (!OverlapConfiguration.EXECUTOR.equals(name)) {
                                return bean;
                            }
                            return (Executor) task -> {
                                System.out.println("Halting before the overlap recomputation, as the test asks");
                                System.out.flush();
                                Runtime.getRuntime().halt(HALTED);
                            };
                        }
                    }))
                    .run(args);
        }
    }
}
