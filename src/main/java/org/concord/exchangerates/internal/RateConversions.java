package org.concord.exchangerates.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.concord.exchangerates.AppliedRate;
import org.concord.exchangerates.Conversion;
import org.concord.exchangerates.ExchangeRates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ExchangeRates}: the dated rows of {@code exchange_rate} by {@link RateRule}, else its annual averages
 * ({@link AnnualRateTable}). A conversion without a date uses today's dated rates, and the annual rates' latest year.
 */
@Service
class RateConversions implements ExchangeRates {

    static final String USD = "USD";

    private final JdbcClient jdbc;
    private final AnnualRateTable annual;
    private final Clock clock;

    RateConversions(JdbcClient jdbc, AnnualRateTable annual, Clock clock) {
        this.jdbc = jdbc;
        this.annual = annual;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Conversion> convert(BigDecimal amount, String from, String to, LocalDate on) {
        if (amount == null) {
            return Optional.empty();
        }
        return rate(from, to, on).map(r -> new Conversion(amount.multiply(r.rate()).setScale(2, RoundingMode.HALF_EVEN),
                r.to(), amount, r.from(), r));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AppliedRate> rate(String from, String to, LocalDate on) {
        if (from == null || to == null || from.isBlank() || to.isBlank()) {
            return Optional.empty();
        }
        String a = from.strip().toUpperCase(Locale.ROOT);
        String b = to.strip().toUpperCase(Locale.ROOT);
        if (a.equals(b)) {
            return Optional.of(new AppliedRate(a, b, BigDecimal.ONE, AppliedRate.Basis.SAME_CURRENCY, on, null, null));
        }
        LocalDate day = on != null ? on : LocalDate.now(clock);
        Optional<AppliedRate> dated = RateRule.dated(a, b, quotes(a, b, day));
        return dated.isPresent() ? dated : annual(a, b, on);
    }

    /** No transaction of its own: imports call it for every budget, and the annual table is cached. */
    @Override
    public Optional<AppliedRate> annualRate(String from, String to, LocalDate on) {
        if (from == null || to == null || from.isBlank() || to.isBlank()) {
            return Optional.empty();
        }
        String a = from.strip().toUpperCase(Locale.ROOT);
        String b = to.strip().toUpperCase(Locale.ROOT);
        if (a.equals(b)) {
            return Optional.of(new AppliedRate(a, b, BigDecimal.ONE, AppliedRate.Basis.SAME_CURRENCY, on, null, null));
        }
        return annual(a, b, on);
    }

    private List<RateRule.Quote> quotes(String a, String b, LocalDate day) {
        return jdbc.sql("""
                        select base, currency, on_date, rate, source from exchange_rate
                        where kind = 'dated' and on_date between :first and :day and currency in (:a, :b)""")
                .param("first", day.minusDays(WINDOW_DAYS)).param("day", day).param("a", a).param("b", b)
                .query((rs, i) -> new RateRule.Quote(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }

    private Optional<AppliedRate> annual(String a, String b, LocalDate on) {
        AnnualRateTable.UsdRate fromUsd = annual.usdRate(a, on);
        AnnualRateTable.UsdRate toUsd = annual.usdRate(b, on);
        if (fromUsd == null || toUsd == null) {
            return Optional.empty();
        }
        // the year and source of the currency that is not the dollar (of the first, when neither is)
        AnnualRateTable.UsdRate named = a.equals(USD) ? toUsd : fromUsd;
        return Optional.of(RateRule.annual(a, b, fromUsd.usdPerUnit(), toUsd.usdPerUnit(), named.year(), named.source()));
    }
}
