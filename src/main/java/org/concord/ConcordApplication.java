package org.concord;

import java.util.Arrays;
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
            ConfigurableApplicationContext context = application.run(args);
            System.exit(SpringApplication.exit(context));
        }
        application.run(args);
    }
}
