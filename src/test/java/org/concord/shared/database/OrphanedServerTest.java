package org.concord.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.concord.ConcordApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Concord killed (SIGKILL, no shutdown) leaves its embedded PostgreSQL running; the next start on the same data
 * directory stops that server and starts its own, instead of failing until a person stops it by hand.
 */
class OrphanedServerTest {

    @Test
    void theNextStartStopsTheServerAKilledConcordLeftRunning() throws Exception {
        Path directory = Files.createTempDirectory("concord-orphan-");
        Path log = Path.of("target", "orphaned-server-child.log");
        try {
            String java = ProcessHandle.current().info().command().orElse("java");
            Files.createDirectories(log.getParent());
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ConcordApplication.class.getName(), "--concord.database.directory=" + directory,
                    "--concord.database.temporary=false", "--spring.main.web-application-type=none",
                    "--spring.main.banner-mode=off", "--concord.import.background=false")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
            while (child.isAlive() && !Files.readString(log).contains("Concord ready in")) {
                assertThat(Instant.now()).as("Concord started in the other JVM; see " + log).isBefore(deadline);
                Thread.sleep(200); // a poll interval, not a timing assertion
            }
            assertThat(child.isAlive()).as("the child runs; see " + log).isTrue();
            ProcessHandle orphan = EmbeddedDataDirectory.postmaster(directory).orElseThrow();

            child.destroyForcibly();
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(orphan.isAlive()).as("the server the killed Concord left running").isTrue();

            try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(ConcordApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--concord.database.directory=" + directory, "--concord.database.temporary=false",
                            "--spring.main.banner-mode=off", "--concord.import.background=false")) {
                assertThat(orphan.isAlive()).as("the orphaned server was stopped").isFalse();
                assertThat(EmbeddedDataDirectory.postmaster(directory).orElseThrow().pid()).isNotEqualTo(orphan.pid());
                assertThat(restarted.getBean(JdbcTemplate.class).queryForObject(
                        "select count(*) from account where username = 'admin'", Integer.class))
                        .as("the data the first Concord made").isEqualTo(1);
            }
        } finally {
            EmbeddedDatabase.stop(directory);
            EmbeddedDataDirectory.postmaster(directory).ifPresent(ProcessHandle::destroyForcibly);
            FileSystemUtils.deleteRecursively(directory);
        }
    }
}
