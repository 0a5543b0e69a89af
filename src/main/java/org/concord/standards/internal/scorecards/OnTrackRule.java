package org.concord.standards.internal.scorecards;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.concord.standards.TrackStatus;

/**
 * Whether an indicator is on track to its target (stated on the scorecard page as {@code scorecard.rule}):
 * <ul>
 *   <li>progress = (latest - baseline) / (target - baseline): the share of the way from baseline to target covered;
 *       the same formula serves both directions, because for "lower is better" both differences are negative;</li>
 *   <li>elapsed = (date of the latest value - baseline date) / (target date - baseline date), between 0 and 1: the
 *       share of the time allowed that had passed when the latest value was measured;</li>
 *   <li>on track if progress >= 1 (target reached) or progress >= elapsed; at risk if progress >= 0.75 x elapsed;
 *       otherwise off track. Once the latest value is dated on or after the target date, anything short of the target
 *       is off track;</li>
 *   <li>a target no better than the baseline (e.g. "keep above 60" from 65) is on track while the latest value meets
 *       the target and off track when it does not;</li>
 *   <li>not rated without a baseline, a target, a latest value, or with a target date not after the baseline date.</li>
 * </ul>
 */
public final class OnTrackRule {

    /** At risk from this share of the expected progress. */
    public static final BigDecimal AT_RISK_SHARE = new BigDecimal("0.75");

    private OnTrackRule() {
    }

    /** What the rule found: the status, and the two shares it compared (null where it compared none). */
    public record Rating(TrackStatus status, BigDecimal progress, BigDecimal elapsed) {
        static Rating notRated() {
            return new Rating(TrackStatus.NOT_RATED, null, null);
        }
    }

    public static Rating rate(boolean higherIsBetter, BigDecimal baseline, LocalDate baselineDate, BigDecimal target,
                              LocalDate targetDate, BigDecimal latest, LocalDate latestDate) {
        if (baseline == null || baselineDate == null || target == null || targetDate == null || latest == null
                || latestDate == null || !targetDate.isAfter(baselineDate)) {
            return Rating.notRated();
        }
        int better = higherIsBetter ? 1 : -1;
        BigDecimal needed = target.subtract(baseline);
        if (needed.signum() * better <= 0) {
            boolean meets = latest.compareTo(target) * better >= 0;
            return new Rating(meets ? TrackStatus.ON_TRACK : TrackStatus.OFF_TRACK, null, null);
        }
        BigDecimal progress = latest.subtract(baseline).divide(needed, MathContext.DECIMAL64);
        long allowed = ChronoUnit.DAYS.between(baselineDate, targetDate);
        long passed = Math.max(0, Math.min(allowed, ChronoUnit.DAYS.between(baselineDate, latestDate)));
        BigDecimal elapsed = BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(allowed), MathContext.DECIMAL64);
        TrackStatus status;
        if (progress.compareTo(BigDecimal.ONE) >= 0) {
            status = TrackStatus.ON_TRACK;
        } else if (!latestDate.isBefore(targetDate)) {
            status = TrackStatus.OFF_TRACK;
        } else if (progress.compareTo(elapsed) >= 0) {
            status = TrackStatus.ON_TRACK;
        } else if (progress.compareTo(AT_RISK_SHARE.multiply(elapsed)) >= 0) {
            status = TrackStatus.AT_RISK;
        } else {
            status = TrackStatus.OFF_TRACK;
        }
        return new Rating(status, progress, elapsed);
    }
}
