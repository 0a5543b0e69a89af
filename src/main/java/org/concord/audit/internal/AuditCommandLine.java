package org.concord.audit.internal;

import org.concord.audit.AuditVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code --verify-audit}: checks the chain, prints the answer and exits (0 intact, 3 broken).
 * The entry point starts no web server when this flag is given.
 */
@Component
class AuditCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(AuditCommandLine.class);
    public static final String FLAG = "verify-audit";

    private final AuditTrail trail;
    private int exitCode;

    AuditCommandLine(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(FLAG)) {
            return;
        }
        AuditVerification result = trail.verify();
        if (result.intact()) {
            log.info("Audit log intact: {} rows checked", result.rowsChecked());
            System.out.println("Audit log intact: " + result.rowsChecked() + " rows checked");
        } else {
            log.error("Audit log NOT intact at row #{}: {}", result.brokenRowId(), result.problem());
            System.out.println("Audit log NOT intact at row #" + result.brokenRowId() + ": " + result.problem());
            exitCode = 3;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
