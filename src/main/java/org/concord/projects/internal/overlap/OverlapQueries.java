package org.concord.projects.internal.overlap;

import java.util.List;
import org.concord.projects.internal.DraftVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads proposed overlaps for triage (deciding them is {@link OverlapService}'s). */
@Repository
class OverlapQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    OverlapQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The pairs still to decide: never decided, or decided before one of the two activities changed materially; only
     * pairs of two activities {@code visibility} lets the reader see (a draft of another organisation is not named, nor
     * is the published activity it may duplicate shown beside it).
     */
    private static String openPairs(String country, DraftVisibility visibility) {
        String byCountry = country == null ? "" : """
                and exists (select 1 from activity_country x where x.activity_id = c.activity_a and x.code = :country)
                and exists (select 1 from activity_country x where x.activity_id = c.activity_b and x.code = :country)
                """;
        return """
                from overlap_candidate c
                join activity a on a.id = c.activity_a
                join activity b on b.id = c.activity_b
                left join overlap_decision d on d.activity_a = c.activity_a and d.activity_b = c.activity_b
                where case when d.activity_a is null then true
                           else d.hash_a <> %s or d.hash_b <> %s end
                  and %s and %s
                %s""".formatted(OverlapService.fingerprint("c.activity_a"), OverlapService.fingerprint("c.activity_b"),
                visibility.condition("a"), visibility.condition("b"), byCountry);
    }

    /** How many pairs {@link #open} pages through, by the same condition. */
    long count(String country, DraftVisibility visibility) {
        JdbcClient.StatementSpec statement = jdbc.sql("select count(*) " + openPairs(country, visibility))
                .params(visibility.parameters());
        if (country != null) {
            statement = statement.param("country", country);
        }
        return statement.query(Long.class).single();
    }

    /**
     * Open pairs, highest score first (ties by the two ids, so that pages neither repeat nor skip a pair): never
     * decided, or decided before one of the two activities changed materially; with {@code country} (upper-case
     * ISO 3166-1 alpha-2, or null), only pairs both in that country. {@code offset} pairs are skipped.
     */
    List<OverlapView> open(String country, DraftVisibility visibility, int limit, long offset) {
        JdbcClient.StatementSpec statement = jdbc.sql("""
                select c.activity_a, c.activity_b, c.score, c.reasons,
                       a.iati_identifier as identifier_a, %s as title_a,
                       b.iati_identifier as identifier_b, %s as title_b,
                       d.decision, d.note, d.decided_by, d.decided_at
                %s
                order by c.score desc, c.activity_a, c.activity_b
                limit :limit offset :offset""".formatted(title("a"), title("b"), openPairs(country, visibility)))
                .param("limit", limit).param("offset", offset).params(visibility.parameters());
        if (country != null) {
            statement = statement.param("country", country);
        }
        return statement.query((rs, i) -> {
            long a = rs.getLong("activity_a");
            long b = rs.getLong("activity_b");
            OverlapView.DecisionView decision = rs.getString("decision") == null ? null
                    : new OverlapView.DecisionView(a, b, Decision.valueOf(rs.getString("decision")), rs.getString("note"),
                    rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant());
            return new OverlapView(
                    new OverlapView.ActivityRef(a, rs.getString("identifier_a"), rs.getString("title_a")),
                    new OverlapView.ActivityRef(b, rs.getString("identifier_b"), rs.getString("title_b")),
                    rs.getBigDecimal("score"), reasons(rs.getString("reasons")), decision);
        }).list();
    }

    private static String title(String activity) {
        return """
                coalesce(%1$s.title, (select t.text from activity_title t where t.activity_id = %1$s.id order by t.seq limit 1),
                         %1$s.iati_identifier)""".formatted(activity);
    }

    private List<Reason> reasons(String text) {
        return json.readValue(text, new TypeReference<List<Reason>>() {
        });
    }
}
