package org.concord.oversight.internal.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A case's time limits, from its channel: acknowledge within {@code acknowledgeDays} (Directive 2019/1937 art. 9(1)(b):
 * seven days) and give the reporter feedback within {@code feedbackDays} (art. 9(1)(f): three months, 90 days by
 * default). Days are whole 24-hour days counted from the moment the report arrived, so a due moment is the same
 * in every time zone; the database holds the same sums ({@code oversight_case.acknowledge_due}, {@code feedback_due}),
 * written from here.
 */
public record Deadlines(Instant acknowledgeDue, Instant feedbackDue) {

    public static final int DEFAULT_ACKNOWLEDGE_DAYS = 7;
    public static final int DEFAULT_FEEDBACK_DAYS = 90;

    public static Deadlines of(Instant received, int acknowledgeDays, int feedbackDays) {
        if (acknowledgeDays < 1 || feedbackDays < acknowledgeDays) {
            throw new IllegalArgumentException("time limits: acknowledge " + acknowledgeDays + ", feedback " + feedbackDays);
        }
        return new Deadlines(received.plus(acknowledgeDays, ChronoUnit.DAYS), received.plus(feedbackDays, ChronoUnit.DAYS));
    }

    /** Not acknowledged by its due moment. */
    public boolean acknowledgementOverdue(Instant acknowledgedAt, Instant now) {
        return acknowledgedAt == null ? now.isAfter(acknowledgeDue) : acknowledgedAt.isAfter(acknowledgeDue);
    }

    /** No feedback (an outcome the reporter can read, see {@code CaseStatus.givesFeedback}) by its due moment. */
    public boolean feedbackOverdue(Instant feedbackAt, Instant now) {
        return feedbackAt == null ? now.isAfter(feedbackDue) : feedbackAt.isAfter(feedbackDue);
    }

    /**
     * Still waiting on a step whose due moment has passed: what the officer's list highlights. The list asks the
     * same in SQL ({@code next_due < now}); CaseListTest holds the two to one answer.
     */
    public boolean overdue(Instant acknowledgedAt, Instant feedbackAt, Instant now) {
        Instant next = nextDue(acknowledgedAt, feedbackAt);
        return next != null && now.isAfter(next);
    }

    /** The due moment of the next step still waiting, or null when both are done: what the list sorts on. */
    public Instant nextDue(Instant acknowledgedAt, Instant feedbackAt) {
        return acknowledgedAt == null ? acknowledgeDue : feedbackAt == null ? feedbackDue : null;
    }

    /** Whole days left until {@code due} (negative: days late), as the list shows them. */
    public static long daysLeft(Instant due, Instant now) {
        return Math.floorDiv(Duration.between(now, due).toHours(), 24);
    }
}
