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

    /**
     * Every count and median of one body, from one statement: one pass over its cases, one over its sanctions (which
     * the planner may find from the body's cases through V75's partial index, or by one pass over every sanction,
     * whichever costs less at the size the tables have).
     */
    record Counts(Map<String, Map<String, Long>> byKind, Median toAcknowledge, Median toDecision) {

        Map<String, Long> of(String kind) {
            return byKind.getOrDefault(kind, Map.of());
        }
    }

    /**
     * Counts by category, outcome (the standing decision: a reopened case's earlier one no longer counts), institution
     * concerned ("none" when not named), month of arrival (UTC) and sanction (every remedy recorded); and the medians of
     * the days (fractional, 24-hour days) from arrival to acknowledgement and to the standing decision, an even number
     * of cases taking the mean of the two middle ones (percentile_cont).
     */
    Counts counts(long body) {
        Map<String, Map<String, Long>> byKind = new LinkedHashMap<>();
        Median[] medians = new Median[2];
        jdbc.sql("""
                        with c as materialized (
                            select category, outcome, institution_id, received_at, acknowledged_at, decided_at
                            from oversight_case where organisation_id = :b)
                        select 'category', category, count(*), null::float8 from c group by 2
                        union all select 'outcome', outcome, count(*), null from c where outcome is not null group by 2
                        union all select 'institution', coalesce(institution_id::text, 'none'), count(*), null from c group by 2
                        union all select 'month', to_char(received_at at time zone 'UTC', 'YYYY-MM'), count(*), null
                                  from c group by 2
                        union all select 'acknowledge', null, count(*), percentile_cont(0.5) within group (
                                  order by extract(epoch from acknowledged_at - received_at) / 86400.0)
                                  from c where acknowledged_at is not null
                        union all select 'decision', null, count(*), percentile_cont(0.5) within group (
                                  order by extract(epoch from decided_at - received_at) / 86400.0)
                                  from c where decided_at is not null
                        union all select 'sanction', t.sanction, count(*), null from oversight_case_transition t
                                  join oversight_case k on k.report_id = t.report_id
                                  where k.organisation_id = :b and t.sanction is not null group by 2""")
                .param("b", body)
                .query(rs -> {
                    String kind = rs.getString(1);
                    if (kind.equals("acknowledge") || kind.equals("decision")) {
                        medians[kind.equals("acknowledge") ? 0 : 1] = new Median((Double) rs.getObject(4), rs.getLong(3));
                    } else {
                        byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                    }
                });
        return new Counts(byKind, medians[0], medians[1]);
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

}
