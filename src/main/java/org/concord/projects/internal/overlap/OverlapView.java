package org.concord.projects.internal.overlap;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A proposed pair of possibly overlapping activities ({@code a.id() < b.id()}). {@code decision} is the
 * earlier decision on the pair when one activity has changed materially since, else null.
 */
public record OverlapView(ActivityRef a, ActivityRef b, BigDecimal score, List<Reason> reasons,
                          DecisionView decision) {

    public OverlapView {
        reasons = List.copyOf(reasons);
    }

    public record ActivityRef(long id, String identifier, String title) {
    }

    public record DecisionView(long activityA, long activityB, Decision decision, String note, String decidedBy,
                               Instant decidedAt) {

        /** The day of the decision in UTC, as pages show it. */
        public LocalDate decidedOn() {
            return LocalDate.ofInstant(decidedAt, ZoneOffset.UTC);
        }
    }
}
