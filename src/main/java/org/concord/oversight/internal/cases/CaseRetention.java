package org.concord.oversight.internal.cases;

import java.time.Instant;
import java.util.List;
import org.concord.audit.EntityChanged;
import org.concord.oversight.internal.reports.ReportContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention purge: once a closed case's channel retention period has passed since closing, everything the
 * reporter and the officers wrote (content, attachments, messages, notes, the wrapped keys) goes, through
 * {@link ReportContent#purge}. The case row and its transitions stay: status, dates, category, institution, outcome
 * and sanctions, which is all the statistics count. One transaction per case; audited as the system's act.
 */
@Component
class CaseRetention {

    private static final int BATCH = 200;

    private final CaseQueries queries;
    private final CaseRepository cases;
    private final ReportContent content;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    CaseRetention(CaseQueries queries, CaseRepository cases, ReportContent content, ApplicationEventPublisher events,
                  TransactionTemplate tx) {
        this.queries = queries;
        this.cases = cases;
        this.content = content;
        this.events = events;
        this.tx = tx;
    }

    /** Purges every case due at {@code now}; returns how many. */
    int purge(Instant now) {
        int purged = 0;
        List<Long> batch;
        do {
            batch = queries.dueForPurge(now, BATCH);
            for (long reportId : batch) {
                tx.executeWithoutResult(s -> {
                    OversightCase c = cases.findById(reportId).orElseThrow();
                    content.purge(reportId);
                    c.purged(now);
                    cases.saveAndFlush(c);
                    events.publishEvent(EntityChanged.diff("oversight_case", reportId, "purged",
                            java.util.Map.of(), java.util.Map.of("purgedAt", now)));
                });
                purged++;
            }
        } while (batch.size() == BATCH);
        return purged;
    }
}
