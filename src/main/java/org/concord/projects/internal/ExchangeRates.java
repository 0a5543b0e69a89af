package org.concord.projects.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Converts amounts to US dollars at Concord's approximate annual average rates (table exchange_rate), so that
 * totals across currencies can be compared. A year outside the table takes the nearest year; a currency not in
 * the table has no conversion (null), and totals say so rather than guessing.
 */
@Component
public class ExchangeRates {

    private final Map<String, NavigableMap<Integer, BigDecimal>> rates = new HashMap<>();

    public ExchangeRates(JdbcTemplate jdbc) {
        jdbc.query("select currency, year, usd_per_unit from exchange_rate", rs -> {
            rates.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
        });
    }

    /** The amount in US dollars, or null when the currency has no rate. */
    public BigDecimal toUsd(BigDecimal amount, String currency, LocalDate date) {
        if (amount == null || currency == null) {
            return null;
        }
        NavigableMap<Integer, BigDecimal> byYear = rates.get(currency);
        if (byYear == null || byYear.isEmpty()) {
            return null;
        }
        int year = date == null ? byYear.lastKey() : date.getYear();
        Map.Entry<Integer, BigDecimal> floor = byYear.floorEntry(year);
        Map.Entry<Integer, BigDecimal> ceiling = byYear.ceilingEntry(year);
        BigDecimal rate = floor == null ? ceiling.getValue() : ceiling == null ? floor.getValue()
                : (year - floor.getKey() <= ceiling.getKey() - year ? floor.getValue() : ceiling.getValue());
        return amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
    }

    public boolean knows(String currency) {
        return rates.containsKey(currency);
    }
}
