package org.concord.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;

/**
 * Databases of their own on the tests' embedded PostgreSQL server (the one every Spring context of the test run
 * uses: {@code concord.database.directory} of src/test/resources/config/application.properties), each created empty
 * and built by Flyway from a given set of migrations.
 */
final class MigratedDatabases {

    static final String USER = EmbeddedDatabase.SUPERUSER;

    private MigratedDatabases() {
    }

    /** A JDBC URL of an empty database {@code name}, dropped first if a previous run left it. */
    static String create(String name) throws SQLException {
        EmbeddedDatabase.Server server = server();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), USER, password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
        return server.jdbcUrl(name);
    }

    /** Dropped at the end of a test, so that the server holds only what the application's contexts use. */
    static void drop(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server().jdbcUrl("postgres"), USER, password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }

    /** Flyway over the database at {@code url} with the migrations of {@code location} (e.g. classpath:db/migration). */
    static Flyway flyway(String url, String location, Callback... callbacks) {
        return Flyway.configure()
                .dataSource(url, USER, password())
                .locations(location)
                .callbacks(callbacks)
                .load();
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, USER, password());
    }

    /** The superuser's password of the tests' server, which it made at its start. */
    static String password() {
        return server().owner().password();
    }

    private static EmbeddedDatabase.Server server() {
        return EmbeddedDatabase.start(Path.of("target/test-postgres"), true);
    }
}
