package org.concord.oversight.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Deadline computation and overdue marking. */
class DeadlinesTest {

    static final Instant RECEIVED = Instant.parse("2026-03-28T23:00:00Z");

    @Test
    void dueMomentsAreWholeDaysFromArrivalWhateverTheCalendar() {
        Deadlines d = Deadlines.of(RECEIVED, 7, 90);
        assertThat(d.acknowledgeDue()).isEqualTo(Instant.parse("2026-04-04T23:00:00Z"));
        assertThat(d.feedbackDue()).isEqualTo(Instant.parse("2026-06-26T23:00:00Z"));
        Deadlines defaults = Deadlines.of(RECEIVED, Deadlines.DEFAULT_ACKNOWLEDGE_DAYS, Deadlines.DEFAULT_FEEDBACK_DAYS);
        assertThat(defaults).isEqualTo(d);
        assertThat(Deadlines.of(RECEIVED, 2, 30).feedbackDue()).isEqualTo(Instant.parse("2026-04-27T23:00:00Z"));
    }

    @Test
    void timeLimitsMustMakeSense() {
        assertThatThrownBy(() -> Deadlines.of(RECEIVED, 0, 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Deadlines.of(RECEIVED, 10, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCaseIsOverdueWhileItWaitsOnAStepPastItsDueMoment() {
        Deadlines d = Deadlines.of(RECEIVED, 7, 90);
        Instant justBefore = d.acknowledgeDue().minusSeconds(1);
        Instant justAfter = d.acknowledgeDue().plusSeconds(1);
        assertThat(d.overdue(null, null, justBefore)).isFalse();
        assertThat(d.overdue(null, null, d.acknowledgeDue())).isFalse();
        assertThat(d.overdue(null, null, justAfter)).isTrue();
        assertThat(d.acknowledgementOverdue(null, justAfter)).isTrue();

        Instant acknowledged = RECEIVED.plus(Duration.ofDays(3));
        assertThat(d.overdue(acknowledged, null, justAfter)).isFalse();
        assertThat(d.acknowledgementOverdue(acknowledged, justAfter)).isFalse();
        assertThat(d.nextDue(acknowledged, null)).isEqualTo(d.feedbackDue());
        assertThat(d.overdue(acknowledged, null, d.feedbackDue().plusSeconds(1))).isTrue();

        // acknowledged late: no longer waiting, but the late acknowledgement stays on record
        Instant lateAcknowledgement = d.acknowledgeDue().plus(Duration.ofDays(1));
        assertThat(d.acknowledgementOverdue(lateAcknowledgement, lateAcknowledgement)).isTrue();
        assertThat(d.overdue(lateAcknowledgement, null, lateAcknowledgement)).isFalse();

        Instant feedback = RECEIVED.plus(Duration.ofDays(60));
        assertThat(d.nextDue(acknowledged, feedback)).isNull();
        assertThat(d.overdue(acknowledged, feedback, RECEIVED.plus(Duration.ofDays(400)))).isFalse();
        assertThat(d.feedbackOverdue(feedback, RECEIVED.plus(Duration.ofDays(400)))).isFalse();
    }

    @Test
    void daysLeftCountDownAndThenCountLateDays() {
        Instant due = Instant.parse("2026-04-04T23:00:00Z");
        assertThat(Deadlines.daysLeft(due, due.minus(Duration.ofHours(49)))).isEqualTo(2);
        assertThat(Deadlines.daysLeft(due, due.minus(Duration.ofHours(1)))).isEqualTo(0);
        assertThat(Deadlines.daysLeft(due, due.plus(Duration.ofHours(1)))).isEqualTo(-1);
        assertThat(Deadlines.daysLeft(due, due.plus(Duration.ofHours(25)))).isEqualTo(-2);
    }
}
