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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Converts amounts to US dollars at Concord's approximate annual average rates (table exchange_rate), so that
 * totals across currencies can be compared. A year outside the table takes the nearest year (the earlier one on a
 * tie; the latest when there is no date); a currency not in the table has no conversion (null), and totals say so
 * rather than guessing.
 *
 * <p>Administrators edit the rates while Concord runs, possibly on several instances. The table is kept in memory
 * with the version number the database gives every change ({@code exchange_rate_state}, V11), and each transaction
 * that converts checks that number once, on its first conversion: one single-row read per transaction, and a reload
 * only after a change. Within a transaction the rates stay the same from one conversion to the next, except that
 * the transaction which edits them calls {@link #reload()} to convert with its own, not yet committed, rates.
 * A transaction that read the rates before an edit committed, and commits after the edit's recomputation of the
 * totals, keeps the total it computed (a window of one transaction, not of a whole import).
 */
@Component
public class ExchangeRates {

    /** The rates as of one version of the table. */
    private record Table(long version, Map<String, NavigableMap<Integer, BigDecimal>> rates) {
    }

    /** Key of the table bound to the current transaction. */
    private final Object transactionKey = new Object();
    private final JdbcTemplate jdbc;
    private volatile Table cached;

    public ExchangeRates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The amount in US dollars, or null when the currency has no rate. */
    public BigDecimal toUsd(BigDecimal amount, String currency, LocalDate date) {
        if (amount == null || currency == null) {
            return null;
        }
        NavigableMap<Integer, BigDecimal> byYear = table().rates().get(currency);
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
        return table().rates().containsKey(currency);
    }

    /**
     * Reads the rates again, as the current transaction sees them: the transaction that changed them converts with
     * its own changes from here on.
     */
    public void reload() {
        Table table = load();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Holder holder = (Holder) TransactionSynchronizationManager.getResource(transactionKey);
            if (holder == null) {
                bind(new Holder(table));
            } else {
                holder.table = table;
            }
        }
    }

    /** The table the current transaction converts with. */
    private Table table() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return current();
        }
        Holder holder = (Holder) TransactionSynchronizationManager.getResource(transactionKey);
        if (holder == null) {
            holder = new Holder(current());
            bind(holder);
        }
        return holder.table;
    }

    private static final class Holder {
        Table table;

        Holder(Table table) {
            this.table = table;
        }
    }

    /** Binds the table to the current transaction, and lets go of it when the transaction ends or is suspended. */
    private void bind(Holder holder) {
        TransactionSynchronizationManager.bindResource(transactionKey, holder);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResourceIfPossible(transactionKey);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(transactionKey, holder);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(transactionKey);
            }
        });
    }

    /** The cached table while its version is the database's; else the table read again. */
    private Table current() {
        Long version = jdbc.queryForObject("select version from exchange_rate_state where id = 1", Long.class);
        Table table = cached;
        return table != null && version != null && table.version() == version ? table : load();
    }

    /** The version and the rates in one statement, so that both come from the same snapshot. */
    private Table load() {
        long[] version = {0};
        Map<String, NavigableMap<Integer, BigDecimal>> rates = new HashMap<>();
        jdbc.query("""
                select s.version, r.currency, r.year, r.usd_per_unit
                from exchange_rate_state s left join exchange_rate r on true
                where s.id = 1""", rs -> {
            version[0] = rs.getLong(1);
            if (rs.getString(2) != null) {
                rates.computeIfAbsent(rs.getString(2), k -> new TreeMap<>()).put(rs.getInt(3), rs.getBigDecimal(4));
            }
        });
        Table table = new Table(version[0], Map.copyOf(rates));
        // a version number is never handed out twice, so caching one read in a transaction that rolls back is
        // harmless: no committed state will ever carry it
        cached = table;
        return table;
    }
}
