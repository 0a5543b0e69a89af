package org.concord.projects.internal.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Converts amounts to US dollars at Concord's approximate annual average rates (table exchange_rate), so that
 * totals across currencies can be compared. A year outside the table takes the nearest year (the earlier one on a
 * tie; the latest when there is no date); a currency not in the table has no conversion (null), and totals say so
 * rather than guessing.
 *
 * <p>Administrators edit the rates while Concord runs, possibly on several instances: the table is kept in memory
 * and read again when its version moves ({@link ReferenceTable}: checked once per transaction, or at most once a
 * second outside one). A total computed with the rates before an edit and written after the edit's recomputation
 * keeps the old rate: a window of one transaction for hand entries, of the reader's lead for an import.
 */
@Component
public class ExchangeRates {

    private final ReferenceTable<Map<String, NavigableMap<Integer, BigDecimal>>> table;

    public ExchangeRates(JdbcTemplate jdbc) {
        this.table = new ReferenceTable<>(jdbc, "exchange_rate", "select currency, year, usd_per_unit from exchange_rate",
                () -> new ReferenceTable.Reader<>() {
                    final Map<String, NavigableMap<Integer, BigDecimal>> rates = new HashMap<>();

                    @Override
                    public void row(ResultSet rs) throws SQLException {
                        rates.computeIfAbsent(rs.getString(2), k -> new TreeMap<>()).put(rs.getInt(3), rs.getBigDecimal(4));
                    }

                    @Override
                    public Map<String, NavigableMap<Integer, BigDecimal>> result() {
                        return Map.copyOf(rates);
                    }
                });
    }

    /** The amount in US dollars, or null when the currency has no rate. */
    public BigDecimal toUsd(BigDecimal amount, String currency, LocalDate date) {
        if (amount == null || currency == null) {
            return null;
        }
        Map.Entry<Integer, BigDecimal> rate = usdRate(currency, date);
        return rate == null ? null : amount.multiply(rate.getValue()).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The year whose rate applies on {@code date} (that year, else the nearest) and its rate; null without any. */
    public Map.Entry<Integer, BigDecimal> usdRate(String currency, LocalDate date) {
        NavigableMap<Integer, BigDecimal> byYear = currency == null ? null : table.get().get(currency);
        if (byYear == null || byYear.isEmpty()) {
            return null;
        }
        int year = date == null ? byYear.lastKey() : date.getYear();
        Map.Entry<Integer, BigDecimal> floor = byYear.floorEntry(year);
        Map.Entry<Integer, BigDecimal> ceiling = byYear.ceilingEntry(year);
        return floor == null ? ceiling : ceiling == null ? floor
                : (year - floor.getKey() <= ceiling.getKey() - year ? floor : ceiling);
    }

    public boolean knows(String currency) {
        return table.get().containsKey(currency);
    }

    /** Reads the rates again, as the current transaction sees them: the transaction that edits them converts with its own. */
    public void reload() {
        table.reload();
    }
}
