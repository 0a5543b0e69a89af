package org.concord.standards;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One indicator on a scorecard: its latest verified value (with the published uncertainty and, for the World Bank's
 * governance indicators, the percentile rank), the baseline, the target it is rated against, and the rating. Any of
 * latest, baseline and target may be missing (null); the status is then {@link TrackStatus#NOT_RATED}.
 */
public record ScorecardLine(IndicatorSummary indicator, String latestPeriod, LocalDate latestDate, BigDecimal latest,
                            BigDecimal lowerBound, BigDecimal upperBound, BigDecimal percentileRank,
                            String baselinePeriod, LocalDate baselineDate, BigDecimal baseline,
                            String targetPeriod, LocalDate targetDate, BigDecimal target,
                            TrackStatus status, BigDecimal progress, BigDecimal elapsed) {
}
