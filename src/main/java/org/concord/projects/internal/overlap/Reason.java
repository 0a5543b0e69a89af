package org.concord.projects.internal.overlap;

import java.math.BigDecimal;

/**
 * One reason why two activities may overlap, as kept in {@code overlap_candidate.reasons}: {@code kind} is
 * one of {@code country, period, area, beneficiary, implementer, text}; {@code detail} is what they share
 * (a country code, the overlapping period as an ISO 8601 interval, a reform-area code, an organisation's
 * name); {@code value} is the number a reader sees, when there is one (months of overlap, text similarity).
 */
public record Reason(String kind, String detail, BigDecimal value) {

    public static final String COUNTRY = "country";
    public static final String PERIOD = "period";
    public static final String AREA = "area";
    public static final String BENEFICIARY = "beneficiary";
    public static final String IMPLEMENTER = "implementer";
    public static final String TEXT = "text";
}
