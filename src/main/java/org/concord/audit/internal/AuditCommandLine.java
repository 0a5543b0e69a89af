package org.concord.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.audit.AuditVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --verify-audit}: checks the chain against the signed checkpoints, prints the answer and exits (0 intact,
 * 3 broken). {@code --audit-checkpoints=copies.json} adds copies of checkpoints kept elsewhere (the list, or the whole
 * document, that GET /api/v1/audit/checkpoints gives). The entry point starts no web server when this flag is given,
 * and uses the embedded PostgreSQL of a Concord already running on the same data directory.
 */
@Component
class AuditCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(AuditCommandLine.class);
    public static final String FLAG = "verify-audit";
    public static final String COPIES = "audit-checkpoints";

    private final AuditTrail trail;
    private final JsonMapper json = JsonMapper.builder().build();
    private int exitCode;

    AuditCommandLine(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(FLAG)) {
            return;
        }
        List<AuditCheckpoint> copies = new ArrayList<>();
        for (String file : args.containsOption(COPIES) ? args.getOptionValues(COPIES) : List.<String>of()) {
            copies.addAll(read(Path.of(file)));
        }
        AuditVerification result = trail.verify(copies);
        String answer;
        if (result.intact()) {
            answer = "Audit log intact: " + result.rowsChecked() + " rows checked; the latest signed checkpoint covers position "
                    + result.lastCheckpointPosition() + " (signed " + result.lastCheckpointSignedAt() + "), "
                    + result.rowsAfterLastCheckpoint() + " rows after it; " + result.rowsAwaitingLink()
                    + " rows await their link; " + result.checkpointCopiesCompared() + " checkpoint copies compared";
            log.info(answer);
        } else {
            answer = "Audit log NOT intact: " + result.problem();
            log.error(answer);
            exitCode = 3;
        }
        System.out.println(answer);
    }

    private List<AuditCheckpoint> read(Path file) {
        try {
            JsonNode document = json.readTree(Files.readString(file));
            JsonNode list = document.isArray() ? document : document.get("checkpoints");
            List<AuditCheckpoint> checkpoints = new ArrayList<>();
            if (list != null) {
                for (JsonNode node : list) {
                    checkpoints.add(json.treeToValue(node, AuditCheckpoint.class));
                }
            }
            return checkpoints;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the checkpoint copies in " + file, e);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
