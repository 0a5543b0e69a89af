package org.concord.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A data directory that an earlier Concord made (the library's defaults: any local connection trusted, the superuser
 * without a password) asks for passwords once Concord has started on it, keeps its data and gains the application's
 * role.
 */
class EmbeddedPasswordsTest {

    @Test
    void aDirectoryFromBeforePasswordsIsUpgradedAtTheStartKeepingItsData() throws Exception {
        Path directory = Files.createTempDirectory("concord-passwords-");
        try {
            // as Concord left it before: the library's defaults, nothing but the port and the data directory set
            try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(directory)
                    .setCleanDataDirectory(false).start();
                 Connection connection = DriverManager.getConnection(old.getJdbcUrl("postgres", "postgres"));
                 Statement statement = connection.createStatement()) {
                statement.execute("create table kept (word text); insert into kept values ('still here')");
            }
            assertThat(directory.resolve(EmbeddedPasswords.FILE)).doesNotExist();

            EmbeddedDatabase.Server server = EmbeddedDatabase.start(directory, false);

            Path passwords = directory.resolve(EmbeddedPasswords.FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords))).isEqualTo("rw-------");
            assertThat(Files.readString(directory.resolve("pg_hba.conf"))).doesNotContain("trust");
            String url = server.jdbcUrl("postgres");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", null).close())
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close())
                    .hasMessageContaining("password authentication failed");
            try (Connection owner = DriverManager.getConnection(url, server.owner().user(), server.owner().password());
                 ResultSet rs = owner.createStatement().executeQuery("select word from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still here");
            }
            try (Connection application = DriverManager.getConnection(url, server.application().user(),
                    server.application().password());
                 ResultSet rs = application.createStatement().executeQuery(
                         "select current_user, rolsuper from pg_roles where rolname = current_user")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(EmbeddedDatabase.APPLICATION_ROLE);
                assertThat(rs.getBoolean(2)).isFalse();
            }

            // the next start reads the same passwords
            EmbeddedDatabase.stop(directory);
            EmbeddedDatabase.Server again = EmbeddedDatabase.start(directory, false);
            assertThat(again.owner()).isEqualTo(server.owner());
            DriverManager.getConnection(again.jdbcUrl("postgres"), again.application().user(),
                    again.application().password()).close();
        } finally {
            EmbeddedDatabase.stop(directory);
            FileSystemUtils.deleteRecursively(directory);
        }
    }
}
