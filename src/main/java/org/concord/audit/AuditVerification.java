package org.concord.audit;

import java.time.Instant;
import java.util.List;

/**
 * The answer to "is the audit log intact?". Intact: {@code rowsChecked} rows recomputed, every link matching, and the
 * chain agreeing with every signed checkpoint (in the database, kept on this machine, or supplied), the latest of
 * which covers the chain up to {@code lastCheckpointPosition}; {@code rowsAfterLastCheckpoint} rows after it await the
 * next checkpoint and {@code rowsAwaitingLink} rows (written moments ago) their link. Not intact: the first thing
 * that does not hold, as English text ({@code problem}) and as a message key of the audit bundle with its arguments,
 * and the row it names, if it names one ({@code brokenRowId}).
 */
public record AuditVerification(boolean intact, long rowsChecked, Long brokenRowId, String problem, String problemKey,
                                List<Object> problemArguments, Long lastCheckpointPosition, Instant lastCheckpointSignedAt,
                                long rowsAfterLastCheckpoint, long rowsAwaitingLink, int checkpointCopiesCompared) {

    public AuditVerification {
        problemArguments = problemArguments == null ? List.of() : List.copyOf(problemArguments);
    }
}
