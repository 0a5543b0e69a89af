package org.concord.shared.cache;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small reference table kept in memory, safe with several instances and with edits while Concord runs: every
 * change to the table takes a new version number in the database ({@code reference_version}, kept by a trigger, from
 * a sequence that never hands out a number twice: V5__projects_reference_data.sql), and the copy here is read again
 * only when that number moved. The activity registry keeps its reform-area mapping so, the exchange rates their
 * annual averages.
 *
 * <p>A transaction checks the number once, on its first use, and keeps the same copy to its end; the transaction
 * that edits the table calls {@link #reload()} to use its own, not yet committed, rows. Outside a transaction (an
 * import prepares activities in a reader thread, ahead of writing them) the number is checked at most once per
 * {@link #CHECK_INTERVAL}, so that preparing stays free of round trips.
 *
 * @param <T> what the rows are gathered into; immutable once built
 */
public final class ReferenceTable<T> {

    /** How long a version check outside a transaction holds. */
    public static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);

    /** Gathers the rows of one reading. */
    public interface Reader<T> {
        void row(ResultSet rs) throws SQLException;

        T result();
    }

    private record Copy<T>(long version, T content) {
    }

    /** The copy bound to one transaction; replaced when that transaction reloads. */
    private static final class Holder<T> {
        Copy<T> copy;

        Holder(Copy<T> copy) {
            this.copy = copy;
        }
    }

    private final JdbcTemplate jdbc;
    private final String name;
    private final String rows;
    private final Supplier<Reader<T>> readers;
    private final Object transactionKey = new Object();
    private volatile Copy<T> cached;
    private volatile Copy<T> checked;
    private volatile long checkedAt;

    /**
     * @param name the table's row in reference_version
     * @param rows the query for the rows, whose first column is never null; its columns come to the reader from the
     *             second on (the first is the version)
     */
    public ReferenceTable(JdbcTemplate jdbc, String name, String rows, Supplier<Reader<T>> readers) {
        this.jdbc = jdbc;
        this.name = name;
        this.rows = rows;
        this.readers = readers;
    }

    public T get() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Copy<T> copy = checked;
            long now = System.nanoTime();
            if (copy == null || now - checkedAt >= CHECK_INTERVAL.toNanos()) {
                copy = current();
                checked = copy;
                checkedAt = now;
            }
            return copy.content();
        }
        @SuppressWarnings("unchecked")
        Holder<T> holder = (Holder<T>) TransactionSynchronizationManager.getResource(transactionKey);
        if (holder == null) {
            holder = new Holder<>(current());
            bind(holder);
        }
        return holder.copy.content();
    }

    /** Reads the table again, as the current transaction sees it, and uses that to the transaction's end. */
    public void reload() {
        Copy<T> copy = load();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            @SuppressWarnings("unchecked")
            Holder<T> holder = (Holder<T>) TransactionSynchronizationManager.getResource(transactionKey);
            if (holder == null) {
                bind(new Holder<>(copy));
            } else {
                holder.copy = copy;
            }
        }
    }

    /** Binds the copy to the current transaction, and lets go of it when the transaction ends or is suspended. */
    private void bind(Holder<T> holder) {
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

    /** The cached copy while its version is the database's; else the table read again. */
    private Copy<T> current() {
        Long version = jdbc.queryForObject("select version from reference_version where name = ?", Long.class, name);
        Copy<T> copy = cached;
        return copy != null && version != null && copy.version() == version ? copy : load();
    }

    /** The version and the rows in one statement, so that both come from the same snapshot. */
    private Copy<T> load() {
        long[] version = {0};
        Reader<T> reader = readers.get();
        jdbc.query("select v.version, r.* from reference_version v left join (" + rows + ") r on true where v.name = ?",
                rs -> {
                    version[0] = rs.getLong(1);
                    // the left join gives one row of nulls for an empty table
                    if (rs.getObject(2) != null) {
                        reader.row(rs);
                    }
                }, name);
        Copy<T> copy = new Copy<>(version[0], reader.result());
        // a version number is never handed out twice, so keeping a copy read in a transaction that rolls back is
        // harmless: no committed state will ever carry its number
        cached = copy;
        return copy;
    }
}
