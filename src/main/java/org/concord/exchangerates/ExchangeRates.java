package org.concord.exchangerates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Converts money between currencies on a date, for every module. The rule: the latest dated rate published on the
 * date or in the {@value #WINDOW_DAYS} days before it (so a weekend or a holiday takes the last business day's rate),
 * both currencies quoted against the same base on that day; else the annual average rate of the date's year (or of
 * the nearest year with one, as the activity registry has always done); else no conversion, and the caller says so.
 * Both kinds of rate live in one table of this module; administrators import dated ones and edit annual ones here
 * (/exchange-rates, /exchange-rates/annual).
 */
public interface ExchangeRates {

    /** How many days before the date a dated rate may be to apply. */
    int WINDOW_DAYS = 7;

    /** {@code amount} in {@code to}, with the rate used; empty when no rate applies (or an input is missing). */
    Optional<Conversion> convert(BigDecimal amount, String from, String to, LocalDate on);

    /** The rate that applies on {@code on}: units of {@code to} for one unit of {@code from}. */
    Optional<AppliedRate> rate(String from, String to, LocalDate on);

    /**
     * The annual average rule alone (the date's year, else the nearest year with a rate; the latest without a date):
     * what the activity registry's stored US-dollar totals and its SQL views ({@code to_usd}) convert with, so that a
     * figure stored once does not move with each day's rates. Cheap enough to call for every amount of an import.
     */
    Optional<AppliedRate> annualRate(String from, String to, LocalDate on);
}
