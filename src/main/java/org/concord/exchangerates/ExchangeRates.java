package org.concord.exchangerates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Converts money between currencies on a date, for every module. The rule: the latest dated rate published on the
 * date or in the {@value #WINDOW_DAYS} days before it (so a weekend or a holiday takes the last business day's rate),
 * both currencies quoted against the same base on that day; else the annual average rate of the date's year (or of
 * the nearest year with one, as the activity registry has always done); else no conversion, and the caller says so.
 */
public interface ExchangeRates {

    /** How many days before the date a dated rate may be to apply. */
    int WINDOW_DAYS = 7;

    /** {@code amount} in {@code to}, with the rate used; empty when no rate applies (or an input is missing). */
    Optional<Conversion> convert(BigDecimal amount, String from, String to, LocalDate on);

    /** The rate that applies on {@code on}: units of {@code to} for one unit of {@code from}. */
    Optional<AppliedRate> rate(String from, String to, LocalDate on);
}
