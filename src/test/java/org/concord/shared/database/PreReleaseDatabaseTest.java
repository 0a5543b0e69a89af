package org.concord.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.concord.ConcordApplication;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/**
 * A developer's database built by the migrations from before the first release cannot be upgraded: Concord says so
 * and what to do (delete the data directory) before Flyway touches it, instead of Flyway's checksum mismatches.
 */
class PreReleaseDatabaseTest {

    @Test
    void aDatabaseOfThePreReleaseMigrationsIsRefusedWithAdviceAndLeftAsItWas() throws Exception {
        String url = MigratedDatabases.create("pre_release_development");
        try {
            MigratedDatabases.flyway(url, "classpath:db/pre-release").migrate();
            List<String> before;
            try (Connection connection = MigratedDatabases.connect(url)) {
                before = SchemaCatalog.data(connection);
            }
            MockEnvironment environment = new MockEnvironment()
                    .withProperty("concord.database.embedded", "true")
                    .withProperty(EmbeddedDatabaseEnvironment.DIRECTORY, "/home/dev/concord/data/postgres");

            assertThatThrownBy(() -> MigratedDatabases.flyway(url, "classpath:db/migration",
                    new PreReleaseMigrationsCheck(environment)).migrate())
                    .isInstanceOf(FlywayException.class)
                    .hasMessageContaining("before its first release")
                    .hasMessageContaining("delete the embedded database's data directory (/home/dev/concord/data/postgres)")
                    .hasMessageContaining("Nothing has been changed");

            try (Connection connection = MigratedDatabases.connect(url); Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select count(*), max(version) from flyway_schema_history")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(18);
                assertThat(SchemaCatalog.data(connection)).isEqualTo(before);
            }
        } finally {
            MigratedDatabases.drop("pre_release_development");
        }
    }

    @Test
    void concordDoesNotStartOnSuchADatabaseAndSaysWhy() throws Exception {
        String url = MigratedDatabases.create("pre_release_external");
        try {
            MigratedDatabases.flyway(url, "classpath:db/pre-release").migrate();
            assertThatThrownBy(() -> new SpringApplicationBuilder(ConcordApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + MigratedDatabases.USER,
                            "--spring.datasource.password=" + MigratedDatabases.password(), "--spring.main.banner-mode=off")
                    .close())
                    .rootCause()
                    .isInstanceOf(FlywayException.class)
                    .hasMessageContaining("before its first release")
                    .hasMessageContaining("Drop this database and create it again empty");
        } finally {
            MigratedDatabases.drop("pre_release_external");
        }
    }
}
