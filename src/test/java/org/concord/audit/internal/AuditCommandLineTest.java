package org.concord.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.concord.ConcordApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code java -jar concord.jar --verify-audit} while Concord runs on the same data directory: the command uses the
 * running embedded PostgreSQL instead of starting another on the same files (which PostgreSQL refuses), and answers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditCommandLineTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditChainer chainer;
    @Value("${concord.database.directory}")
    Path databaseDirectory;
    @Value("${concord.audit.signing-key}")
    Path signingKey;

    @Test
    void verifyAuditAnswersWhileConcordRunsOnTheSameDataDirectory() throws Exception {
        jdbc.queryForObject("select audit_append(null, 'command-line-test', 'tested', 'cli-test', '1', '{}', 'test')", Long.class);
        AuditTestSupport.linkEverythingCommitted(jdbc, chainer);
        long rows = jdbc.queryForObject("select max(position) from audit_chain", Long.class);

        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Path.of("target", "verify-audit-child.log");
        Files.createDirectories(log.getParent());
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ConcordApplication.class.getName(), "--verify-audit",
                "--concord.database.directory=" + databaseDirectory, "--concord.database.temporary=false",
                "--concord.audit.signing-key=" + signingKey, "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("the command ends; see " + log).isTrue();
        String output = Files.readString(log);
        assertThat(child.exitValue()).as(output).isZero();
        String url;
        try (var connection = jdbc.getDataSource().getConnection()) {
            url = connection.getMetaData().getURL();
        }
        String server = url.replaceAll("^jdbc:postgresql://([^/]+)/.*$", "$1");
        assertThat(output).as("the command used this Concord's running server").contains("jdbc:postgresql://" + server + "/")
                .containsPattern("Audit log intact: \\d+ rows checked");
        long checked = Long.parseLong(output.replaceAll("(?s).*Audit log intact: (\\d+) rows checked.*", "$1"));
        assertThat(checked).isGreaterThanOrEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class))
                .as("this Concord still runs on its database").isPositive();
    }
}
