package org.concord.oversight.internal.cases;

import static org.concord.oversight.CaseStatus.ACKNOWLEDGED;
import static org.concord.oversight.CaseStatus.ADMISSIBILITY_REVIEW;
import static org.concord.oversight.CaseStatus.CLOSED;
import static org.concord.oversight.CaseStatus.DECIDED;
import static org.concord.oversight.CaseStatus.INADMISSIBLE;
import static org.concord.oversight.CaseStatus.RECEIVED;
import static org.concord.oversight.CaseStatus.REFERRED;
import static org.concord.oversight.CaseStatus.REMEDY_RECORDED;
import static org.concord.oversight.CaseStatus.UNDER_INVESTIGATION;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.concord.oversight.CaseStatus;
import org.concord.shared.InvalidInputException;

/**
 * The one place that says which moves a case may make, and what each move must name. A case is received,
 * acknowledged, reviewed for admissibility, then either found inadmissible (with a reason) or investigated;
 * an investigation may be referred to another body (named from the directory) and is decided (upheld, partly
 * upheld, not upheld); a remedy or sanction may be recorded (more than one, each its own move); then it is
 * closed. A closed case is reopened on appeal, back to investigation or to admissibility review.
 */
public final class CaseWorkflow {

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        NEXT.put(RECEIVED, EnumSet.of(ACKNOWLEDGED));
        NEXT.put(ACKNOWLEDGED, EnumSet.of(ADMISSIBILITY_REVIEW));
        NEXT.put(ADMISSIBILITY_REVIEW, EnumSet.of(INADMISSIBLE, UNDER_INVESTIGATION));
        NEXT.put(INADMISSIBLE, EnumSet.of(CLOSED));
        NEXT.put(UNDER_INVESTIGATION, EnumSet.of(REFERRED, DECIDED));
        NEXT.put(REFERRED, EnumSet.of(DECIDED));
        NEXT.put(DECIDED, EnumSet.of(REMEDY_RECORDED, CLOSED));
        NEXT.put(REMEDY_RECORDED, EnumSet.of(REMEDY_RECORDED, CLOSED));
        NEXT.put(CLOSED, EnumSet.of(UNDER_INVESTIGATION, ADMISSIBILITY_REVIEW));
    }

    private CaseWorkflow() {
    }

    /** The statuses a case in {@code from} may move to, in workflow order. */
    public static Set<CaseStatus> next(CaseStatus from) {
        Set<CaseStatus> next = NEXT.get(from);
        return next == null ? EnumSet.noneOf(CaseStatus.class) : EnumSet.copyOf(next);
    }

    public static boolean allows(CaseStatus from, CaseStatus to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    /** A move out of a closed case: an appeal. */
    public static boolean isReopening(CaseStatus from, CaseStatus to) {
        return from == CLOSED && allows(from, to);
    }

    /**
     * Refuses a move the workflow does not allow, or one that lacks what it must name: a reason for a finding of
     * inadmissibility and for a reopening, the body referred to, the outcome of a decision, the sanction recorded.
     */
    public static void check(CaseStatus from, Transition move) {
        if (move.to() == null) {
            throw new InvalidInputException("to", "required");
        }
        if (!allows(from, move.to())) {
            throw new InvalidInputException("to", "transition-illegal");
        }
        boolean needsReason = move.to() == INADMISSIBLE || isReopening(from, move.to());
        if (needsReason && (move.reason() == null || move.reason().isBlank())) {
            throw new InvalidInputException("reason", "required");
        }
        if (move.to() == REFERRED && move.referredTo() == null) {
            throw new InvalidInputException("referredTo", "required");
        }
        if (move.to() == DECIDED && move.outcome() == null) {
            throw new InvalidInputException("outcome", "required");
        }
        if (move.to() == REMEDY_RECORDED && move.sanction() == null) {
            throw new InvalidInputException("sanction", "required");
        }
        if (move.to() != REFERRED && move.referredTo() != null) {
            throw new InvalidInputException("referredTo", "only-when-referring");
        }
        if (move.to() != DECIDED && move.outcome() != null) {
            throw new InvalidInputException("outcome", "only-when-deciding");
        }
        if (move.to() != REMEDY_RECORDED && move.sanction() != null) {
            throw new InvalidInputException("sanction", "only-when-recording-remedy");
        }
    }
}
