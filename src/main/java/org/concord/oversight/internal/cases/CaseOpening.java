package org.concord.oversight.internal.cases;

import org.concord.oversight.CaseStatus;
import org.concord.oversight.Category;
import org.concord.oversight.internal.ReportSubmitted;
import org.concord.oversight.internal.RetaliationFlagged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the case of each report in the intake's own transaction (so there is never a report without its case), and
 * marks it priority when the reporter flags retaliation. Neither is audited: both are the reporter's acts.
 */
@Component
class CaseOpening {

    private final CaseRepository cases;
    private final CaseTransitionRepository transitions;
    private final CaseQueries queries;

    CaseOpening(CaseRepository cases, CaseTransitionRepository transitions, CaseQueries queries) {
        this.cases = cases;
        this.transitions = transitions;
        this.queries = queries;
    }

    @EventListener
    void on(ReportSubmitted report) {
        int[] limits = queries.channelLimits(report.channelId()).orElse(
                new int[] {Deadlines.DEFAULT_ACKNOWLEDGE_DAYS, Deadlines.DEFAULT_FEEDBACK_DAYS});
        Deadlines deadlines = Deadlines.of(report.receivedAtHour(), limits[0], limits[1]);
        cases.save(new OversightCase(report.reportId(), report.channelId(), report.organisationId(),
                Category.valueOf(report.category()), report.receivedAtHour(), deadlines));
        cases.flush();
        transitions.save(new CaseTransitionRecord(report.reportId(), null, Transition.to(CaseStatus.RECEIVED, null),
                null, null, report.receivedAtHour()));
    }

    @EventListener
    void on(RetaliationFlagged flag) {
        cases.findById(flag.reportId()).ifPresent(OversightCase::flagPriority);
    }
}
