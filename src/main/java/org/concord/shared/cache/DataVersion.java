package org.concord.shared.cache;

import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A number in the database that moves whenever a body of data changes, on any instance: a sequence stepped by a
 * statement trigger on each of its tables, which also holds a shared advisory lock to the end of the writing
 * transaction (migration V14__organisations_projects_data_versions.sql). What was computed from the data may be
 * kept as long as the number has not moved.
 *
 * <p>The sequence moves when the write runs, before it commits; {@link #settled()} tells a reader whether it may
 * keep what it is about to compute: only when no write was in flight at that moment.
 */
public final class DataVersion {

    /** The first key of the advisory locks data versions use (two-key form): "Conc". */
    static final int LOCK_SPACE = 1131376227;

    private final JdbcTemplate jdbc;
    private final String name;
    private final String current;
    private final String settled;

    /**
     * @param sequence the sequence the triggers step
     * @param lock     the second key of the advisory lock its writers hold shared
     */
    public DataVersion(JdbcTemplate jdbc, String sequence, int lock) {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException(sequence);
        }
        this.jdbc = jdbc;
        this.name = sequence;
        // a sequence never called yet has last_value 1, as after its first call
        String version = "(select case when is_called then last_value else 0 end from " + sequence + ")";
        this.current = "select " + version;
        // the number is read (and copied, by the materialized CTE) before the lock is tried: a write that starts in
        // between moves the number past the one kept. The exclusive lock is taken and let go in the same statement
        // (CASE fixes the order) and never waited for.
        this.settled = "with v as materialized (" + this.current + " as version) select v.version, case when "
                + "pg_try_advisory_lock(" + LOCK_SPACE + ", " + lock + ") then pg_advisory_unlock(" + LOCK_SPACE + ", "
                + lock + ") else false end as settled from v";
    }

    /** The number now; it moves with every write, committed or still in flight. */
    public long current() {
        return jdbc.queryForObject(current, Long.class);
    }

    /**
     * The number now, if no write is in flight: then everything a reader computes from now on includes every write
     * up to this number, and may be kept under it. Empty while a write is in flight.
     */
    public OptionalLong settled() {
        return jdbc.query(settled, rs -> {
            rs.next();
            return rs.getBoolean("settled") ? OptionalLong.of(rs.getLong("version")) : OptionalLong.empty();
        });
    }

    @Override
    public String toString() {
        return name;
    }
}
