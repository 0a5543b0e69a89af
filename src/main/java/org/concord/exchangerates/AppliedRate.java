package org.concord.exchangerates;

import java.time.LocalDate;

/**
 * A rate as applied on a date: {@code rate} units of {@code to} for one unit of {@code from}; for a dated rate the day
 * it was published ({@code rateDate}) and its {@code source} (ECB...); for an annual average the {@code rateYear} and
 * the source of that year's rate (of the currency other than the dollar; of {@code from} when neither is).
 */
public record AppliedRate(String from, String to, java.math.BigDecimal rate, Basis basis, LocalDate rateDate,
                          Integer rateYear, String source) {

    public enum Basis {
        /** The same currency: no rate. */
        SAME_CURRENCY,
        /** A dated rate within the window. */
        DATED,
        /** The annual average rate of a year. */
        ANNUAL
    }
}
