package org.concord.standards;

import java.math.BigDecimal;
import java.util.List;

/**
 * Several subjects side by side: for each indicator (rows) and subject (columns), the latest verified value, its
 * status against the subject's own baseline and target, and the value normalised to 0..1 among the subjects shown
 * (1 = the best of them, whichever the indicator's direction; null where fewer than two differ or no value).
 */
public record Comparison(List<Subject> subjects, List<String> subjectNames, List<Row> rows) {

    public record Row(IndicatorSummary indicator, List<Cell> cells) {
    }

    public record Cell(String period, BigDecimal value, TrackStatus status, BigDecimal normalised) {

        /** The heatmap's shade for the normalised value: "0" (worst fifth) to "4" (best fifth), "none" without one. */
        public String band() {
            return normalised == null ? "none" : String.valueOf(Math.min(4, normalised.multiply(BigDecimal.valueOf(5)).intValue()));
        }
    }
}
