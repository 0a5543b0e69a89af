package org.concord.oversight.internal.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts behind the public statistics, computed in SQL over the case rows (which outlive the reports' content) and
 * their transitions. Raw counts: {@link SmallCells} decides what of them may be published.
 */
@Repository
class StatisticsQueries {

    /** A median in days and how many cases it is over. */
    record Median(Double days, long cases) {
    }

    private final JdbcClient jdbc;

    StatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long received(long body) {
        return jdbc.sql("select count(*) from oversight_case where organisation_id = :b").param("b", body)
                .query(Long.class).single();
    }

    /** Every month (UTC) from the body's first report to its last, months without reports as 0. */
    Map<String, Long> byMonth(long body) {
        return counts("""
                with c as (select date_trunc('month', received_at at time zone 'UTC') as month
                           from oversight_case where organisation_id = :b),
                     months as (select generate_series(min(month), max(month), interval '1 month') as month from c)
                select to_char(m.month, 'YYYY-MM'), (select count(*) from c where c.month = m.month)
                from months m order by m.month""", body);
    }

    Map<String, Long> byCategory(long body) {
        return counts("select category, count(*) from oversight_case where organisation_id = :b group by category "
                + "order by category", body);
    }

    /** By institution concerned (its id as text), cases without one under "none". */
    Map<String, Long> byInstitution(long body) {
        return counts("select coalesce(institution_id::text, 'none'), count(*) from oversight_case "
                + "where organisation_id = :b group by 1 order by 2 desc, 1", body);
    }

    /** The standing decision of each decided case (a reopened case's earlier decision no longer counts). */
    Map<String, Long> byOutcome(long body) {
        return counts("select outcome, count(*) from oversight_case where organisation_id = :b and outcome is not null "
                + "group by outcome order by outcome", body);
    }

    /** Every remedy or sanction recorded on the body's cases. */
    Map<String, Long> bySanction(long body) {
        return counts("""
                select t.sanction, count(*) from oversight_case_transition t
                join oversight_case c on c.report_id = t.report_id
                where c.organisation_id = :b and t.sanction is not null group by t.sanction order by t.sanction""", body);
    }

    /**
     * The median of the days (fractional, 24-hour days) from arrival to acknowledgement, over the acknowledged cases;
     * an even number of cases takes the mean of the two middle ones (percentile_cont).
     */
    Median daysToAcknowledge(long body) {
        return median("acknowledged_at", body);
    }

    /** The same from arrival to the standing decision. */
    Median daysToDecision(long body) {
        return median("decided_at", body);
    }

    /** Per body of these: reports received and cases closed. */
    Map<Long, long[]> receivedAndClosed(List<Long> bodies) {
        Map<Long, long[]> result = new LinkedHashMap<>();
        jdbc.sql("""
                        select organisation_id, count(*), count(*) filter (where status = 'CLOSED')
                        from oversight_case where organisation_id = any(:bodies) group by organisation_id""")
                .param("bodies", bodies.toArray(Long[]::new))
                .query(rs -> {
                    result.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return result;
    }

    /** The bodies that have opened a channel. */
    List<Long> bodiesWithChannels() {
        return jdbc.sql("select distinct organisation_id from oversight_channel order by 1").query(Long.class).list();
    }

    private Median median(String column, long body) {
        // column is one of two fixed names, never input
        return jdbc.sql("select percentile_cont(0.5) within group (order by extract(epoch from " + column
                        + " - received_at) / 86400.0), count(" + column + ") from oversight_case "
                        + "where organisation_id = :b and " + column + " is not null")
                .param("b", body)
                .query((rs, i) -> new Median((Double) rs.getObject(1), rs.getLong(2))).single();
    }

    private Map<String, Long> counts(String sql, long body) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).param("b", body).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
