package org.concord.standards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A verified value of an indicator for a subject. {@code period} is "2020", "2020-Q3" or "2020-07"; the bounds are
 * the published uncertainty where there is one (null otherwise).
 */
public record IndicatorValueView(long indicatorId, Subject subject, String period, LocalDate periodStart,
                                 LocalDate periodEnd, BigDecimal value, BigDecimal lowerBound, BigDecimal upperBound,
                                 Instant verifiedAt) {
}
