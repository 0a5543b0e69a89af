package org.concord.funding.internal.phaseout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SunsetAlertRuleTest {

    private static final LocalDate SUNSET = LocalDate.of(2027, 12, 31);

    @Test
    void nothingIsDueMoreThan180DaysBefore() {
        assertThat(SunsetAlertRule.due(SUNSET, SUNSET.minusDays(181), List.of())).isEmpty();
    }

    @Test
    void eachThresholdIsDueOnItsDay() {
        assertThat(SunsetAlertRule.due(SUNSET, SUNSET.minusDays(180), List.of())).hasValue(180);
        assertThat(SunsetAlertRule.due(SUNSET, SUNSET.minusDays(90), List.of(180))).hasValue(90);
        assertThat(SunsetAlertRule.due(SUNSET, SUNSET.minusDays(30), List.of(180, 90))).hasValue(30);
    }

    @Test
    void aThresholdAlreadySentIsNotSentAgain() {
        assertThat(SunsetAlertRule.due(SUNSET, SUNSET.minusDays(179), List.of(180))).isEmpty();
        assertThat(SunsetAlertRule.due(SUNSET, SUNSET.minusDays(10), List.of(180, 90, 30))).isEmpty();
    }

    @Test
    void aJobThatWasDownSendsOnlyTheMostUrgentDueAlertAndNeverTheEarlierOnes() {
        // the job ran last 200 days before; now 60 days are left: the 90-day alert only
        assertThat(SunsetAlertRule.due(SUNSET, SUNSET.minusDays(60), List.of())).hasValue(90);
        // and the next day the 180-day one is not sent late
        assertThat(SunsetAlertRule.due(SUNSET, SUNSET.minusDays(59), List.of(90))).isEmpty();
        // down through every threshold: 5 days left, the 30-day alert only
        assertThat(SunsetAlertRule.due(SUNSET, SUNSET.minusDays(5), List.of())).hasValue(30);
    }

    @Test
    void nothingIsSentOnceTheSunsetHasPassed() {
        assertThat(SunsetAlertRule.due(SUNSET, SUNSET, List.of())).isEqualTo(OptionalInt.of(30));
        assertThat(SunsetAlertRule.due(SUNSET, SUNSET.plusDays(1), List.of())).isEmpty();
    }
}
