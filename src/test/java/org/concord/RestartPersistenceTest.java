package org.concord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.organisations.OrganisationView;
import org.concord.organisations.Organisations;
import org.concord.shared.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Data written, application and database stopped, both started again on the same data directory: data read back. */
class RestartPersistenceTest {

    @Test
    void dataSurvivesARestartOnTheSameDataDirectory() throws Exception {
        Path directory = Files.createTempDirectory("concord-restart-");
        long id;
        try (ConfigurableApplicationContext first = start(directory, true)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            // real data reaches the disk before a commit returns
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            id = jdbc.queryForObject("""
                    insert into organisation (slug, type, headquarters_country) values ('restart-test', 'CIVIL_SOCIETY', 'GE')
                    returning id""", Long.class);
            jdbc.update("insert into organisation_name (organisation_id, language, name) values (?, 'en', 'Restart Watch')", id);
        }
        EmbeddedDatabase.stop(directory);

        try (ConfigurableApplicationContext second = start(directory, false)) {
            OrganisationView read = second.getBean(Organisations.class).find(id, java.util.Locale.ENGLISH).orElseThrow();
            assertThat(read.name()).isEqualTo("Restart Watch");
            assertThat(read.headquartersCountry()).isEqualTo("GE");
            // the versioned migrations were not applied a second time (repeatable ones run again only when changed)
            assertThat(second.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from flyway_schema_history where success and version is not null", Integer.class))
                    .isEqualTo(migrationFiles(second));
        } finally {
            EmbeddedDatabase.stop(directory);
            org.springframework.util.FileSystemUtils.deleteRecursively(directory);
        }
    }

    private static int migrationFiles(ConfigurableApplicationContext context) throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(p -> p.getFileName().toString().matches("V[\\d_]+__.*\\.sql")).count();
        }
    }

    private static ConfigurableApplicationContext start(Path directory, boolean clean) {
        return new SpringApplicationBuilder(ConcordApplication.class)
                .web(WebApplicationType.NONE)
                .run("--concord.database.directory=" + directory, "--concord.database.temporary=false",
                        "--spring.main.banner-mode=off");
    }
}
