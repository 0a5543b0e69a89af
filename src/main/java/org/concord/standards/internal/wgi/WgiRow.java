package org.concord.standards.internal.wgi;

import java.math.BigDecimal;

/**
 * One readable row of a governance-indicators file: an economy's estimate of one indicator in one year, its standard
 * error and its percentile rank with the published bounds of the rank's 90% confidence interval. Numbers the file
 * writes as ".." are null.
 */
public record WgiRow(long line, String economyCode, String country, int year, WgiIndicator indicator,
                     BigDecimal estimate, BigDecimal standardError, BigDecimal percentileRank,
                     BigDecimal percentileRankLower, BigDecimal percentileRankUpper) {

    /** z for a two-sided 90% interval, the level at which the World Bank publishes its percentile-rank bounds. */
    public static final BigDecimal Z90 = new BigDecimal("1.645");

    /** The estimate's lower bound at 90%: estimate - 1.645 x standard error; null without a standard error. */
    public BigDecimal lower() {
        return standardError == null ? null : estimate.subtract(Z90.multiply(standardError));
    }

    /** The estimate's upper bound at 90%: estimate + 1.645 x standard error; null without a standard error. */
    public BigDecimal upper() {
        return standardError == null ? null : estimate.add(Z90.multiply(standardError));
    }
}
