package org.concord.oversight.internal.cases;

import org.concord.oversight.CaseOutcome;
import org.concord.oversight.CaseStatus;
import org.concord.oversight.SanctionType;

/**
 * A move an officer asks a case to make: where to, why, and what that move must name (the organisation a case is
 * referred to, the outcome of a decision, the sanction recorded). {@code version} is the case version the officer
 * read, so that two officers moving the same case at once do not both succeed.
 */
public record Transition(CaseStatus to, String reason, Long referredTo, CaseOutcome outcome, SanctionType sanction,
                         Long version) {

    public Transition {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public static Transition to(CaseStatus to, String reason) {
        return new Transition(to, reason, null, null, null, null);
    }
}
