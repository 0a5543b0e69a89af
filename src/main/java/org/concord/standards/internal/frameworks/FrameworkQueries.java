package org.concord.standards.internal.frameworks;

import java.util.List;
import org.concord.standards.internal.ReaderScope;
import org.concord.standards.internal.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of frameworks for lists. */
@Component
public class FrameworkQueries {

    private final JdbcClient jdbc;

    FrameworkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Framework id, code, name, visibility, owner id and number of indicators, of the frameworks the reader may see. */
    public record Row(long id, String code, String name, Visibility visibility, long ownerOrganisationId, int indicators) {
    }

    public List<Row> visible(String language, ReaderScope scope) {
        return jdbc.sql("""
                        select f.id, f.code, coalesce(l.name, e.name, f.code) as name, f.visibility, f.owner_organisation_id,
                               (select count(*) from standards_indicator i join standards_standard s on s.id = i.standard_id
                                where s.framework_id = f.id) as indicators
                        from standards_framework f
                        left join standards_framework_name l on l.framework_id = f.id and l.language = :language
                        left join standards_framework_name e on e.framework_id = f.id and e.language = 'en'
                        where f.visibility = 'PUBLIC' or :all or f.owner_organisation_id in (:organisations)
                        order by lower(coalesce(l.name, e.name, f.code))""")
                .param("language", language).param("all", scope.seesAll())
                .param("organisations", scope.organisationIdsForSql())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Visibility.valueOf(rs.getString(4)), rs.getLong(5), rs.getInt(6)))
                .list();
    }
}
