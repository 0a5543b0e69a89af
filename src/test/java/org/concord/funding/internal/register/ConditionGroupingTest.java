package org.concord.funding.internal.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionGroupingTest {

    private static final long MINISTRY = 10;
    private static final long POLICE = 11;
    private static final long DONOR_A = 1;
    private static final long DONOR_B = 2;

    private static RegisterCondition process(long id, long funder, long institution, String text) {
        return new RegisterCondition(id, 100 + funder, "Agreement", funder, "Donor " + funder, institution,
                "Institution " + institution, false, text, null, null, null, null, "PENDING");
    }

    private static RegisterCondition outcome(long id, long funder, long institution, long indicator, String comparator,
                                             String target) {
        return new RegisterCondition(id, 100 + funder, "Agreement", funder, "Donor " + funder, institution,
                "Institution " + institution, true, "indicator " + indicator, indicator, "Indicator " + indicator,
                TargetComparator.parse(comparator), new BigDecimal(target), "PENDING");
    }

    @Test
    void similarProcessConditionsOfTwoDonorsOnOneInstitutionAreOneGroup() {
        List<ConditionGroup> groups = ConditionGrouping.group(List.of(
                process(1, DONOR_A, MINISTRY, "A civilian heads the procurement directorate"),
                process(2, DONOR_B, MINISTRY, "The procurement directorate is headed by a civilian"),
                process(3, DONOR_B, MINISTRY, "An independent inspector is appointed")));
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).conditions()).extracting(RegisterCondition::id).containsExactly(1L, 2L);
        assertThat(groups.get(0).acrossDonors()).isTrue();
        assertThat(groups.get(0).contradictory()).isFalse();
        assertThat(groups.get(1).conditions()).extracting(RegisterCondition::id).containsExactly(3L);
        assertThat(groups.get(1).acrossDonors()).isFalse();
    }

    @Test
    void theSameAskOnTwoInstitutionsIsTwoGroups() {
        List<ConditionGroup> groups = ConditionGrouping.group(List.of(
                process(1, DONOR_A, MINISTRY, "An independent inspector is appointed"),
                process(2, DONOR_B, POLICE, "An independent inspector is appointed")));
        assertThat(groups).hasSize(2).allSatisfy(group -> assertThat(group.acrossDonors()).isFalse());
    }

    @Test
    void outcomeConditionsOnOneIndicatorAreOneGroupWhateverTheirWords() {
        List<ConditionGroup> groups = ConditionGrouping.group(List.of(
                outcome(1, DONOR_A, POLICE, 5, ">=", "80"),
                outcome(2, DONOR_B, POLICE, 5, ">=", "70"),
                outcome(3, DONOR_B, POLICE, 6, ">=", "55")));
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).conditions()).extracting(RegisterCondition::id).containsExactly(1L, 2L);
        assertThat(groups.get(0).acrossDonors()).isTrue();
        assertThat(groups.get(0).contradictory()).as("at least 80 and at least 70 can both hold").isFalse();
    }

    @Test
    void targetsThatCannotBothHoldAreFlaggedAsContradictory() {
        List<ConditionGroup> groups = ConditionGrouping.group(List.of(
                outcome(1, DONOR_A, POLICE, 5, ">=", "80"),
                outcome(2, DONOR_B, POLICE, 5, "<=", "50")));
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.contradictory()).isTrue();
            assertThat(group.contradicting()).containsExactlyInAnyOrder(1L, 2L);
        });
    }

    @Test
    void oneDonorsOwnConditionsAreNotContradictionsBetweenDonors() {
        assertThat(ConditionGrouping.group(List.of(outcome(1, DONOR_A, POLICE, 5, ">=", "80"),
                outcome(2, DONOR_A, POLICE, 5, "<", "50"))).get(0).contradictory()).isFalse();
    }

    @Test
    void boundsThatMeetAtOnePointContradictOnlyWhenOneExcludesIt() {
        TargetComparator atLeast = TargetComparator.AT_LEAST;
        BigDecimal fifty = new BigDecimal("50");
        assertThat(atLeast.compatibleWith(fifty, TargetComparator.AT_MOST, fifty)).isTrue();
        assertThat(atLeast.compatibleWith(fifty, TargetComparator.LESS_THAN, fifty)).isFalse();
        assertThat(TargetComparator.EQUAL.compatibleWith(fifty, TargetComparator.EQUAL, new BigDecimal("50.0"))).isTrue();
        assertThat(TargetComparator.EQUAL.compatibleWith(fifty, TargetComparator.MORE_THAN, new BigDecimal("60"))).isFalse();
        assertThat(TargetComparator.MORE_THAN.compatibleWith(fifty, TargetComparator.MORE_THAN, new BigDecimal("90"))).isTrue();
    }
}
