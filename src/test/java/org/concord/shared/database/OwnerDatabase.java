package org.concord.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database of a running Concord as its owner sees it (Flyway's role, which Concord's requests are not): for tests
 * that do what only someone with direct access to the database could, such as switching triggers off or creating a
 * table of their own.
 */
public final class OwnerDatabase {

    private OwnerDatabase() {
    }

    public static JdbcTemplate jdbc(ApplicationContext context) {
        Environment environment = context.getEnvironment();
        return new JdbcTemplate(new DriverManagerDataSource(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getRequiredProperty("spring.flyway.password")));
    }

    public static Connection connect(ApplicationContext context) throws SQLException {
        Environment environment = context.getEnvironment();
        return DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getRequiredProperty("spring.flyway.password"));
    }
}
