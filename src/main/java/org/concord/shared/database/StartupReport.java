package org.concord.shared.database;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says once, when Concord is ready, how long the start took and where its data lives. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;

    StartupReport(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        String port = environment.getProperty("local.server.port");
        String url = environment.getProperty("spring.datasource.url", "");
        String where = environment.getProperty("concord.database.embedded", Boolean.class, false)
                ? "embedded PostgreSQL, data in " + environment.getProperty(EmbeddedDatabaseEnvironment.DIRECTORY)
                : "external PostgreSQL at " + url.replaceAll("(?i)password=[^&;]*", "password=***");
        log.info("Concord ready in {} s{}; database: {}", String.format(java.util.Locale.ROOT, "%.1f", seconds),
                port == null ? "" : " at http://localhost:" + port, where);
    }
}
