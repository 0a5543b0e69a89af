package org.concord.exchangerates.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.concord.shared.cache.ReferenceTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The annual average US-dollar rates (the {@code annual} rows of {@code exchange_rate}) kept in memory, and their
 * rule: a date takes its year's rate, else the nearest year's (the earlier one on a tie; the latest when there is no
 * date); the US dollar is 1; a currency without any rate has none. The SQL function {@code to_usd} and the view
 * {@code exchange_rate_by_year} (R__projects_exchange_rates.sql) give the same answers.
 *
 * <p>Imports convert thousands of budgets, outside a transaction as well as inside, so the table is read again only
 * when its version moves ({@link ReferenceTable}); the transaction that edits a rate calls {@link #reload()} to
 * convert with its own rows.
 */
@Component
class AnnualRateTable {

    static final String USD = "USD";

    /** A year's rate: US dollars for one unit, and who published or compiled it (none for the dollar itself). */
    record UsdRate(int year, BigDecimal usdPerUnit, String source) {
    }

    private final ReferenceTable<Map<String, NavigableMap<Integer, UsdRate>>> table;

    AnnualRateTable(JdbcTemplate jdbc) {
        this.table = new ReferenceTable<>(jdbc, "exchange_rate", """
                select base, extract(year from on_date)::int, rate, source from exchange_rate
                where kind = 'annual' and currency = 'USD'""",
                () -> new ReferenceTable.Reader<>() {
                    final Map<String, NavigableMap<Integer, UsdRate>> rates = new HashMap<>();

                    @Override
                    public void row(ResultSet rs) throws SQLException {
                        int year = rs.getInt(3);
                        rates.computeIfAbsent(rs.getString(2), k -> new TreeMap<>())
                                .put(year, new UsdRate(year, rs.getBigDecimal(4), rs.getString(5)));
                    }

                    @Override
                    public Map<String, NavigableMap<Integer, UsdRate>> result() {
                        return Map.copyOf(rates);
                    }
                });
    }

    /** The rate that applies on {@code date} (its year, else the nearest); null without any. USD: 1, with no year. */
    UsdRate usdRate(String currency, LocalDate date) {
        if (currency == null) {
            return null;
        }
        if (currency.equals(USD)) {
            return new UsdRate(date == null ? 0 : date.getYear(), BigDecimal.ONE, null);
        }
        NavigableMap<Integer, UsdRate> byYear = table.get().get(currency);
        if (byYear == null || byYear.isEmpty()) {
            return null;
        }
        int year = date == null ? byYear.lastKey() : date.getYear();
        Map.Entry<Integer, UsdRate> floor = byYear.floorEntry(year);
        Map.Entry<Integer, UsdRate> ceiling = byYear.ceilingEntry(year);
        return (floor == null ? ceiling : ceiling == null ? floor
                : (year - floor.getKey() <= ceiling.getKey() - year ? floor : ceiling)).getValue();
    }

    /** Reads the rates again, as the current transaction sees them: the transaction that edits them converts with its own. */
    void reload() {
        table.reload();
    }
}
