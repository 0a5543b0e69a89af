package org.concord.standards.internal.indicators;

import java.util.List;
import java.util.Optional;
import org.concord.standards.Direction;
import org.concord.standards.IndicatorSummary;
import org.concord.standards.Unit;
import org.concord.standards.internal.ReaderScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of indicators the reader may see. An indicator is visible when the reader sees both it and its framework
 * ({@link ReaderScope#sees}, here as SQL); it is public when both are public.
 */
@Component
public class IndicatorQueries {

    static final String SELECT = """
            select i.id, i.code, coalesce(l.name, e.name, i.code) as name, i.unit, i.direction,
                   (i.visibility = 'PUBLIC' and f.visibility = 'PUBLIC') as public
            from standards_indicator i
            join standards_standard s on s.id = i.standard_id
            join standards_framework f on f.id = s.framework_id
            left join standards_indicator_name l on l.indicator_id = i.id and l.language = :language
            left join standards_indicator_name e on e.indicator_id = i.id and e.language = 'en'
            where (i.visibility = 'PUBLIC' or :all or i.owner_organisation_id in (:organisations))
              and (f.visibility = 'PUBLIC' or :all or f.owner_organisation_id in (:organisations))
            """;

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<IndicatorSummary> ofStandard(long standardId, String language, ReaderScope scope) {
        return query(SELECT + " and i.standard_id = :standard order by i.code", language, scope)
                .param("standard", standardId).query(IndicatorQueries::summary).list();
    }

    public Optional<IndicatorSummary> visible(long id, String language, ReaderScope scope) {
        return query(SELECT + " and i.id = :id", language, scope).param("id", id).query(IndicatorQueries::summary).optional();
    }

    /** Indicators whose code or name (in any language) contains {@code text}, codes first. */
    public List<IndicatorSummary> find(String text, String language, ReaderScope scope, int limit) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return query(SELECT + """
                 and (lower(i.code) like :like or exists (select 1 from standards_indicator_name n
                      where n.indicator_id = i.id and lower(n.name) like :like))
                order by i.code limit :limit""", language, scope)
                .param("like", like).param("limit", Math.max(1, Math.min(limit, 500)))
                .query(IndicatorQueries::summary).list();
    }

    /** Every indicator the reader may see, by code (for exports). */
    public List<IndicatorSummary> all(String language, ReaderScope scope) {
        return query(SELECT + " order by i.code", language, scope).query(IndicatorQueries::summary).list();
    }

    private JdbcClient.StatementSpec query(String sql, String language, ReaderScope scope) {
        return jdbc.sql(sql).param("language", language).param("all", scope.seesAll())
                .param("organisations", scope.organisationIdsForSql());
    }

    private static IndicatorSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new IndicatorSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                Unit.valueOf(rs.getString("unit")), Direction.valueOf(rs.getString("direction")), rs.getBoolean("public"));
    }
}
