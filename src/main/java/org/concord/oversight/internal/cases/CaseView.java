package org.concord.oversight.internal.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.concord.oversight.CaseOutcome;
import org.concord.oversight.CaseStatus;
import org.concord.oversight.Category;
import org.concord.oversight.SanctionType;

/**
 * A case as its officers see it: status, time limits, assignment, institution and category, its timeline and the
 * moves it may make next. Names are in the reader's language.
 */
public record CaseView(long reportId, long organisationId, long channelId, CaseStatus status, Category category,
                       Named institution, Named assignee, boolean priority, Instant receivedAt,
                       Instant acknowledgeDue, Instant feedbackDue, Instant acknowledgedAt, Instant feedbackAt,
                       Instant decidedAt, CaseOutcome outcome, Instant closedAt, Instant purgedAt, boolean overdue,
                       Set<CaseStatus> next, List<Step> timeline, long version) {

    /** An organisation or account, by id and name. */
    public record Named(long id, String name) {
    }

    /** One move on the timeline; {@code actor} null for the case's opening at intake. */
    public record Step(CaseStatus from, CaseStatus to, String reason, Named referredTo, CaseOutcome outcome,
                       SanctionType sanction, String actor, Instant at) {
    }
}
