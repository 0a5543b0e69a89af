package org.concord.oversight.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concord.oversight.CaseStatus.*;

import java.util.EnumSet;
import java.util.Set;
import org.concord.oversight.CaseOutcome;
import org.concord.oversight.CaseStatus;
import org.concord.oversight.SanctionType;
import org.concord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Only legal workflow transitions: every pair of statuses, and what each move must name. */
class CaseWorkflowTest {

    @Test
    void everyPairOfStatusesIsAllowedOnlyWhereTheWorkflowSaysSo() {
        var legal = java.util.Map.of(
                RECEIVED, Set.of(ACKNOWLEDGED),
                ACKNOWLEDGED, Set.of(ADMISSIBILITY_REVIEW),
                ADMISSIBILITY_REVIEW, Set.of(INADMISSIBLE, UNDER_INVESTIGATION),
                INADMISSIBLE, Set.of(CLOSED),
                UNDER_INVESTIGATION, Set.of(REFERRED, DECIDED),
                REFERRED, Set.of(DECIDED),
                DECIDED, Set.of(REMEDY_RECORDED, CLOSED),
                REMEDY_RECORDED, Set.of(REMEDY_RECORDED, CLOSED),
                CLOSED, Set.of(UNDER_INVESTIGATION, ADMISSIBILITY_REVIEW));
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                assertThat(CaseWorkflow.allows(from, to)).as(from + " -> " + to).isEqualTo(legal.get(from).contains(to));
            }
            assertThat(CaseWorkflow.next(from)).isEqualTo(EnumSet.copyOf(legal.get(from)));
        }
    }

    @Test
    void anIllegalMoveIsRefusedNamingTheField() {
        assertThatThrownBy(() -> CaseWorkflow.check(RECEIVED, Transition.to(DECIDED, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).rule()).isEqualTo("transition-illegal"));
        assertThatThrownBy(() -> CaseWorkflow.check(CLOSED, Transition.to(RECEIVED, "again")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CaseWorkflow.check(INADMISSIBLE, Transition.to(UNDER_INVESTIGATION, "why")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void inadmissibilityAndReopeningNeedAReason() {
        assertThatThrownBy(() -> CaseWorkflow.check(ADMISSIBILITY_REVIEW, Transition.to(INADMISSIBLE, "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        assertThatThrownBy(() -> CaseWorkflow.check(CLOSED, Transition.to(UNDER_INVESTIGATION, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        CaseWorkflow.check(ADMISSIBILITY_REVIEW, Transition.to(INADMISSIBLE, "Outside the body's mandate"));
        CaseWorkflow.check(CLOSED, Transition.to(ADMISSIBILITY_REVIEW, "Appeal lodged"));
        CaseWorkflow.check(RECEIVED, Transition.to(ACKNOWLEDGED, null));
        assertThat(CaseWorkflow.isReopening(CLOSED, UNDER_INVESTIGATION)).isTrue();
        assertThat(CaseWorkflow.isReopening(DECIDED, CLOSED)).isFalse();
    }

    @Test
    void referralDecisionAndSanctionNameWhatTheyAreAbout() {
        assertThatThrownBy(() -> CaseWorkflow.check(UNDER_INVESTIGATION, Transition.to(REFERRED, "to the prosecutor")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("referredTo"));
        CaseWorkflow.check(UNDER_INVESTIGATION, new Transition(REFERRED, null, 42L, null, null, null));
        assertThatThrownBy(() -> CaseWorkflow.check(REFERRED, Transition.to(DECIDED, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("outcome"));
        CaseWorkflow.check(REFERRED, new Transition(DECIDED, null, null, CaseOutcome.PARTLY_UPHELD, null, null));
        assertThatThrownBy(() -> CaseWorkflow.check(DECIDED, Transition.to(REMEDY_RECORDED, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("sanction"));
        CaseWorkflow.check(DECIDED, new Transition(REMEDY_RECORDED, null, null, null, SanctionType.SUSPENSION, null));
        // a field that does not belong to the move is refused rather than silently kept
        assertThatThrownBy(() -> CaseWorkflow.check(DECIDED,
                new Transition(CLOSED, null, null, CaseOutcome.UPHELD, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("outcome"));
    }
}
