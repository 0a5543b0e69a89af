package org.concord.projects.internal.overlap;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.concord.projects.internal.overlap.OverlapDetector.Pair;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The candidate pairs {@link OverlapDetector#candidatePairs()} finds, by a plain SQL self-join of activities: the
 * oracle the tests and the benchmark hold the sweep to. Quadratic in the activities of a country.
 */
public final class NaiveCandidatePairs {

    private final JdbcTemplate jdbc;

    public NaiveCandidatePairs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every candidate pair. */
    public Set<Pair> all() {
        return in(null);
    }

    /** Candidate pairs whose first shared country is one of {@code countries}. */
    public Set<Pair> in(Collection<String> countries) {
        String sql = """
                select distinct a.id, b.id
                from activity a
                join activity_country ca on ca.activity_id = a.id
                join activity_country cb on cb.code = ca.code and cb.activity_id > a.id
                join activity b on b.id = cb.activity_id
                where %s and %s %s
                  and a.start_date <= b.end_date and b.start_date <= a.end_date
                  and (exists (select 1 from activity_sector sa join activity_sector sb on sb.reform_area = sa.reform_area
                               where sa.activity_id = a.id and sb.activity_id = b.id)
                       or exists (select 1 from activity_participant pa %s, activity_participant pb %s
                                  where pa.activity_id = a.id and pb.activity_id = b.id and pa.role in ('2', '4')
                                    and pb.role = pa.role and ka.key = kb.key))
                  -- pairs the files link (related-activity parent, child, sibling, co-funded; a shared parent;
                  -- money from one to the other) are a hierarchy, not an overlap
                  and not exists (select 1 from activity_related r
                                  where r.type in ('1', '2', '3', '4')
                                    and (r.activity_id = a.id and r.ref = b.iati_identifier
                                         or r.activity_id = b.id and r.ref = a.iati_identifier))
                  and not exists (select 1 from activity_related p join activity_related q on q.ref = p.ref
                                  where p.activity_id = a.id and q.activity_id = b.id and p.type = '1' and q.type = '1')
                  and not exists (select 1 from funding_link_snapshot f
                                  where f.from_activity = a.id and f.to_activity = b.id
                                     or f.from_activity = b.id and f.to_activity = a.id)
                """.formatted(ActivityProfiles.comparable("a"), ActivityProfiles.comparable("b"),
                countries == null ? "" : "and ca.code = any(?)",
                ActivityProfiles.partyKeys("pa", "ka"), ActivityProfiles.partyKeys("pb", "kb"));
        Set<Pair> pairs = new HashSet<>();
        if (countries == null) {
            jdbc.query(sql, rs -> {
                pairs.add(new Pair(rs.getLong(1), rs.getLong(2)));
            });
        } else {
            // first shared country among those asked for, as candidatePairs(countries) counts them
            jdbc.query(sql + """
                      and (select min(x.code) from activity_country x join activity_country y on y.code = x.code
                           where x.activity_id = a.id and y.activity_id = b.id) = any(?)
                    """, ps -> {
                        ps.setArray(1, ps.getConnection().createArrayOf("varchar", countries.toArray()));
                        ps.setArray(2, ps.getConnection().createArrayOf("varchar", countries.toArray()));
                    },
                    rs -> {
                        pairs.add(new Pair(rs.getLong(1), rs.getLong(2)));
                    });
        }
        return pairs;
    }
}
