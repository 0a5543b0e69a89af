package org.concord.funding.internal.register;

import java.util.List;
import java.util.Map;
import org.concord.funding.internal.Reader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register's conditions: every condition of every agreement in force (ACTIVE or SUSPENDED) in a country, with
 * its status. A condition whose agreement keeps its CONDITIONS confidential comes without its text, indicator,
 * comparator and target unless the reader may see them ({@link Reader}): it is listed, with its status, but matched
 * with nothing, so the register does not reveal what it resembles.
 */
@Repository
class RegisterQueries {

    private static final String SQL = """
        select c.id, c.agreement_id, a.title, a.funder_id, a.recipient_id, c.kind, c.text,
               c.indicator_id, c.comparator, c.target_value, c.status,
               (not exists (select 1 from funding_confidential_field f
                            where f.agreement_id = a.id and f.field = 'CONDITIONS')
                or %s) as visible
        from funding_condition c join funding_agreement a on a.id = c.agreement_id
        where a.country_code = :country and a.status in ('ACTIVE', 'SUSPENDED')
        order by a.recipient_id, c.id""";

    private final JdbcClient jdbc;

    RegisterQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RegisterCondition> inCountry(String country, Reader reader, Map<Long, String> names) {
        return reader.bind(jdbc.sql(SQL.formatted(Reader.SQL_SEES_CONFIDENTIAL)).param("country", country))
                .query((rs, n) -> {
                    boolean visible = rs.getBoolean("visible");
                    long funder = rs.getLong("funder_id");
                    long institution = rs.getLong("recipient_id");
                    long indicator = rs.getLong("indicator_id");
                    boolean hasIndicator = !rs.wasNull() && visible;
                    String comparator = rs.getString("comparator");
                    return new RegisterCondition(rs.getLong("id"), rs.getLong("agreement_id"), rs.getString("title"),
                            funder, names.get(funder), institution, names.get(institution),
                            "OUTCOME".equals(rs.getString("kind")), visible ? rs.getString("text") : null,
                            hasIndicator ? indicator : null, null,
                            visible && comparator != null ? TargetComparator.parse(comparator) : null,
                            visible ? rs.getBigDecimal("target_value") : null, rs.getString("status"));
                })
                .list();
    }
}
