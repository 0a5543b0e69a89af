package org.concord.exchangerates.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.concord.exchangerates.AppliedRate;

/**
 * Picks the dated rate that applies on a date from the published rows of the window before it: the latest day on
 * which both currencies are quoted against one base (or one of them is that base); on a day two bases quote both,
 * the alphabetically first base, so that the answer never depends on the order rows were read in. The cross rate is
 * the second currency's quote divided by the first's, to 12 significant digits.
 */
final class RateRule {

    static final MathContext PRECISION = new MathContext(12);

    /** One published quote: on {@code date}, one {@code base} was worth {@code rate} of {@code currency}. */
    record Quote(String base, String currency, LocalDate date, BigDecimal rate, String source) {
    }

    private RateRule() {
    }

    static Optional<AppliedRate> dated(String from, String to, Collection<Quote> quotes) {
        record Day(LocalDate date, String base) {
        }
        Map<Day, Map<String, Quote>> byDay = new HashMap<>();
        for (Quote q : quotes) {
            byDay.computeIfAbsent(new Day(q.date(), q.base()), d -> new HashMap<>()).put(q.currency(), q);
        }
        TreeSet<Day> days = new TreeSet<>(Comparator.comparing(Day::date).reversed().thenComparing(Day::base));
        days.addAll(byDay.keySet());
        for (Day day : days) {
            Map<String, Quote> quoted = byDay.get(day);
            BigDecimal fromRate = from.equals(day.base()) ? BigDecimal.ONE : rate(quoted.get(from));
            BigDecimal toRate = to.equals(day.base()) ? BigDecimal.ONE : rate(quoted.get(to));
            if (fromRate != null && toRate != null) {
                Quote any = quoted.containsKey(to) ? quoted.get(to) : quoted.get(from);
                BigDecimal rate = toRate.divide(fromRate, PRECISION).stripTrailingZeros();
                return Optional.of(new AppliedRate(from, to, rate, AppliedRate.Basis.DATED, day.date(), null,
                        any.source()));
            }
        }
        return Optional.empty();
    }

    /** From US-dollar annual rates: {@code fromUsd} and {@code toUsd} dollars for one unit of each (1 for USD). */
    static AppliedRate annual(String from, String to, BigDecimal fromUsd, BigDecimal toUsd, int year, String source) {
        // into dollars the stored rate itself, unrounded, as the SQL function to_usd multiplies by it
        BigDecimal rate = toUsd.compareTo(BigDecimal.ONE) == 0 ? fromUsd : fromUsd.divide(toUsd, PRECISION);
        return new AppliedRate(from, to, rate.stripTrailingZeros(), AppliedRate.Basis.ANNUAL, null, year, source);
    }

    private static BigDecimal rate(Quote quote) {
        return quote == null ? null : quote.rate();
    }
}
