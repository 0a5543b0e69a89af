package org.concord.standards.internal.scorecards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.concord.standards.TrackStatus;
import org.junit.jupiter.api.Test;

/** The on-track rule, as the scorecard page states it, in both directions and at its edges. */
class OnTrackRuleTest {

    static final LocalDate BASE = LocalDate.of(2020, 1, 1);
    static final LocalDate TARGET = LocalDate.of(2030, 1, 1);
    /** Exactly half the days from BASE to TARGET (3653 days; 1826.5 is not a day, so the test uses a share). */
    static final LocalDate HALF = BASE.plusDays(3653 / 2);

    static TrackStatus higher(String baseline, String target, String latest, LocalDate at) {
        return OnTrackRule.rate(true, n(baseline), BASE, n(target), TARGET, n(latest), at).status();
    }

    static TrackStatus lower(String baseline, String target, String latest, LocalDate at) {
        return OnTrackRule.rate(false, n(baseline), BASE, n(target), TARGET, n(latest), at).status();
    }

    static BigDecimal n(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @Test
    void higherIsBetterComparesProgressWithTheTimeElapsed() {
        // about half the time gone: 50 % of the way is on track, 40 % is at risk (>= 75 % of 50 %), 30 % is off track
        assertThat(higher("40", "60", "50", HALF)).isEqualTo(TrackStatus.ON_TRACK);
        assertThat(higher("40", "60", "48", HALF)).isEqualTo(TrackStatus.AT_RISK);
        assertThat(higher("40", "60", "46", HALF)).isEqualTo(TrackStatus.OFF_TRACK);
        assertThat(higher("40", "60", "35", HALF)).isEqualTo(TrackStatus.OFF_TRACK);
        var rating = OnTrackRule.rate(true, n("40"), BASE, n("60"), TARGET, n("48"), HALF);
        assertThat(rating.progress()).isEqualByComparingTo("0.4");
        assertThat(rating.elapsed()).isEqualByComparingTo(BigDecimal.valueOf(1826).divide(BigDecimal.valueOf(3653),
                java.math.MathContext.DECIMAL64));
    }

    @Test
    void lowerIsBetterIsTheSameRuleWithTheSignsTurned() {
        // e.g. complaints per 1,000 officers, from 40 down to 20
        assertThat(lower("40", "20", "30", HALF)).isEqualTo(TrackStatus.ON_TRACK);
        assertThat(lower("40", "20", "32", HALF)).isEqualTo(TrackStatus.AT_RISK);
        assertThat(lower("40", "20", "34", HALF)).isEqualTo(TrackStatus.OFF_TRACK);
        assertThat(lower("40", "20", "45", HALF)).isEqualTo(TrackStatus.OFF_TRACK);
        assertThat(lower("40", "20", "19", HALF)).isEqualTo(TrackStatus.ON_TRACK);
    }

    @Test
    void edgesAtRiskBoundaryExactly() {
        // elapsed 0.5 exactly at 2021-01-01 between 2020-01-01 and 2022-01-01 (366 + 365 days? no: use 2 x 365)
        LocalDate base = LocalDate.of(2021, 1, 1), target = LocalDate.of(2023, 1, 1), half = LocalDate.of(2022, 1, 1);
        // progress exactly 0.5 = elapsed: on track; exactly 0.375 = 0.75 x 0.5: at risk; just below: off track
        assertThat(OnTrackRule.rate(true, n("0"), base, n("8"), target, n("4"), half).status()).isEqualTo(TrackStatus.ON_TRACK);
        assertThat(OnTrackRule.rate(true, n("0"), base, n("8"), target, n("3"), half).status()).isEqualTo(TrackStatus.AT_RISK);
        assertThat(OnTrackRule.rate(true, n("0"), base, n("8"), target, n("2.99"), half).status()).isEqualTo(TrackStatus.OFF_TRACK);
        assertThat(OnTrackRule.rate(false, n("8"), base, n("0"), target, n("5"), half).status()).isEqualTo(TrackStatus.AT_RISK);
        assertThat(OnTrackRule.rate(false, n("8"), base, n("0"), target, n("5.01"), half).status()).isEqualTo(TrackStatus.OFF_TRACK);
    }

    @Test
    void notRatedWithoutBaselineTargetOrValue() {
        assertThat(higher(null, "60", "50", HALF)).isEqualTo(TrackStatus.NOT_RATED);
        assertThat(higher("40", null, "50", HALF)).isEqualTo(TrackStatus.NOT_RATED);
        assertThat(higher("40", "60", null, HALF)).isEqualTo(TrackStatus.NOT_RATED);
        assertThat(OnTrackRule.rate(true, n("40"), BASE, n("60"), BASE, n("50"), HALF).status())
                .isEqualTo(TrackStatus.NOT_RATED);
    }

    @Test
    void targetReachedIsOnTrackEvenAfterTheTargetDate() {
        assertThat(higher("40", "60", "60", HALF)).isEqualTo(TrackStatus.ON_TRACK);
        assertThat(higher("40", "60", "61", TARGET.plusYears(2))).isEqualTo(TrackStatus.ON_TRACK);
        assertThat(lower("40", "20", "20", TARGET)).isEqualTo(TrackStatus.ON_TRACK);
    }

    @Test
    void targetDatePassedWithoutReachingItIsOffTrack() {
        // 95 % of the way the day before is at risk (>= 75 % of the time elapsed); on or after the date it is off track
        assertThat(higher("40", "60", "59", TARGET.minusDays(1))).isEqualTo(TrackStatus.AT_RISK);
        assertThat(higher("40", "60", "59", TARGET)).isEqualTo(TrackStatus.OFF_TRACK);
        assertThat(lower("40", "20", "21", TARGET.plusYears(1))).isEqualTo(TrackStatus.OFF_TRACK);
    }

    @Test
    void valueAtTheBaselineDateAndBeforeIt() {
        assertThat(higher("40", "60", "40", BASE)).isEqualTo(TrackStatus.ON_TRACK);
        assertThat(higher("40", "60", "39", BASE.minusYears(1))).isEqualTo(TrackStatus.OFF_TRACK);
    }

    @Test
    void aTargetNoBetterThanTheBaselineIsMetOrNot() {
        // "keep it at least 60" from 65
        assertThat(higher("65", "60", "61", HALF)).isEqualTo(TrackStatus.ON_TRACK);
        assertThat(higher("65", "60", "59", HALF)).isEqualTo(TrackStatus.OFF_TRACK);
        assertThat(lower("10", "10", "10", HALF)).isEqualTo(TrackStatus.ON_TRACK);
        assertThat(lower("10", "10", "11", HALF)).isEqualTo(TrackStatus.OFF_TRACK);
    }
}
