package org.concord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;

/**
 * Concord, one module per package below this one. {@code shared} is every module's foundation (countries, the clock,
 * the current actor, web configuration), so a module test bootstraps it with any module under test.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class ConcordApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ConcordApplication.class);
        boolean command = Arrays.stream(args).anyMatch(a -> a.equals("--verify-audit") || a.startsWith("--import-iati="));
        if (command) {
            // a one-off command: no web server, exit with the command's code
            application.setWebApplicationType(WebApplicationType.NONE);
            if (Arrays.asList(args).contains("--verify-audit")) {
                args = verifyingBesideARunningConcord(args);
            }
            ConfigurableApplicationContext context = application.run(args);
            System.exit(SpringApplication.exit(context));
        }
        application.run(args);
    }

    /**
     * A check is safe beside a running Concord: it uses the embedded database of one running on the same data
     * directory, and does no background work of its own (the running Concord links, signs and runs the jobs).
     * Given as arguments so that they win over application.properties; the caller's own arguments win over them.
     */
    private static String[] verifyingBesideARunningConcord(String[] args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        Map.of("concord.database.use-running", "true",
                "concord.audit.background", "false",
                "concord.import.background", "false",
                "db-scheduler.polling-interval", "1h",
                "spring.modulith.events.republish-outstanding-events-on-restart", "false").forEach((key, value) -> {
                    if (all.stream().noneMatch(a -> a.startsWith("--" + key + "="))) {
                        all.add("--" + key + "=" + value);
                    }
                });
        return all.toArray(String[]::new);
    }
}
