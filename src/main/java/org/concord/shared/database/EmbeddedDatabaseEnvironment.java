package org.concord.shared.database;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * When no {@code spring.datasource.url} is configured, points the application at the embedded
 * PostgreSQL whose data lives in {@code concord.database.directory} (environment variable
 * {@code CONCORD_DATABASE_DIRECTORY}, default {@code ./data/postgres}): Flyway migrates as the superuser, which owns
 * the tables, and requests use the application's role, which may only do what the migrations grant it.
 * Done before any bean exists, so every kind of context (full application, module test, web
 * slice) gets the same database without set-up of its own.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    public static final String DIRECTORY = "concord.database.directory";
    public static final String TEMPORARY = "concord.database.temporary";
    /** Use a server another process runs on the directory (commands beside a running Concord), instead of refusing. */
    public static final String USE_RUNNING = "concord.database.use-running";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        Path directory = Path.of(environment.getProperty(DIRECTORY, "data/postgres"));
        boolean clean = environment.getProperty(TEMPORARY, Boolean.class, false);
        EmbeddedDatabase.Server server = EmbeddedDatabase.start(directory, clean,
                environment.getProperty(USE_RUNNING, Boolean.class, false));
        environment.getPropertySources().addFirst(new MapPropertySource("concordEmbeddedDatabase", Map.of(
                "spring.datasource.url", server.jdbcUrl("postgres"),
                "spring.datasource.username", server.application().user(),
                "spring.datasource.password", server.application().password(),
                "spring.flyway.user", server.owner().user(),
                "spring.flyway.password", server.owner().password(),
                "concord.database.embedded", "true",
                DIRECTORY, directory.toAbsolutePath().normalize().toString())));
    }

    @Override
    public int getOrder() {
        // after application.properties and profiles have been read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
