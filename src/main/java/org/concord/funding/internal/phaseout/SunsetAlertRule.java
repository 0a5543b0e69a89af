package org.concord.funding.internal.phaseout;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/**
 * Which sunset alert, if any, is due for an agreement today. Alerts go 180, 90 and 30 days before the sunset date.
 *
 * <p>The rule: a threshold is due once {@code today >= sunset - threshold} and while {@code today <= sunset}. Of the due
 * thresholds only the most urgent (the smallest) is sent, and only if neither it nor a more urgent one was sent
 * already. So a job that was down while the 180- and the 90-day thresholds passed sends the 90-day alert alone and
 * never the 180-day one afterwards; a job that runs twice, or late, sends nothing twice. After the sunset date
 * nothing is sent: the alert would announce something that has already happened.
 */
public final class SunsetAlertRule {

    /** Days before the sunset date, most distant first. */
    public static final List<Integer> THRESHOLDS = List.of(180, 90, 30);

    private SunsetAlertRule() {
    }

    /** The threshold to send today, given the thresholds already sent for this agreement; empty when none is due. */
    public static OptionalInt due(LocalDate sunset, LocalDate today, Collection<Integer> alreadySent) {
        long daysLeft = ChronoUnit.DAYS.between(today, sunset);
        if (daysLeft < 0) {
            return OptionalInt.empty();
        }
        OptionalInt mostUrgent = THRESHOLDS.stream().mapToInt(Integer::intValue)
                .filter(threshold -> daysLeft <= threshold).min();
        if (mostUrgent.isEmpty()) {
            return mostUrgent;
        }
        int threshold = mostUrgent.getAsInt();
        boolean sentAlready = alreadySent.stream().anyMatch(sent -> sent <= threshold);
        return sentAlready ? OptionalInt.empty() : mostUrgent;
    }

    /** The earliest sunset date for which some alert may be due today: agreements ending later need no look. */
    public static LocalDate horizon(LocalDate today) {
        return today.plusDays(THRESHOLDS.get(0));
    }
}
