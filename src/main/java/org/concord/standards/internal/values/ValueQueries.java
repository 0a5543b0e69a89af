package org.concord.standards.internal.values;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.concord.standards.IndicatorValueView;
import org.concord.standards.Subject;
import org.concord.standards.internal.ReaderScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of values. Verified values of a subject come from the partial covering indexes of V45 (index-only scans).
 * A reader sees a value that is not verified yet only when they may see restricted content of the indicator's
 * organisation or of the institution the value is about ({@link ReaderScope}, here as SQL).
 */
@Component
public class ValueQueries {

    private static final String VERIFIED = """
            select period, period_start, period_end, value, lower_bound, upper_bound, verified_at from standards_value
            where indicator_id = :indicator and status = 'VERIFIED' and disaggregation = ''
            """;
    private static final String ROWS = """
            select v.id, v.indicator_id, i.code, v.country_code, v.organisation_id, v.disaggregation, v.period, v.value,
                   v.standard_error, v.lower_bound, v.upper_bound, v.status, v.evidence_url, v.evidence_document,
                   v.return_comment, v.verified_at, v.version, i.owner_organisation_id, v.entered_by, v.submitted_by
            from standards_value v join standards_indicator i on i.id = v.indicator_id
            where (v.status = 'VERIFIED' or :all or i.owner_organisation_id in (:organisations)
                   or v.organisation_id in (:organisations))
            """;

    private final JdbcClient jdbc;

    ValueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IndicatorValueView> latestVerified(long indicatorId, Subject subject) {
        return jdbc.sql(VERIFIED + subjectCondition(subject) + " order by period_end desc limit 1")
                .param("indicator", indicatorId).param("subject", subjectParameter(subject))
                .query((rs, n) -> view(indicatorId, subject, rs)).optional();
    }

    public List<IndicatorValueView> verifiedSeries(long indicatorId, Subject subject) {
        return jdbc.sql(VERIFIED + subjectCondition(subject) + " order by period_end, period_start")
                .param("indicator", indicatorId).param("subject", subjectParameter(subject))
                .query((rs, n) -> view(indicatorId, subject, rs)).list();
    }

    /** The values of one indicator the reader may see, by subject and newest period first, at most {@code limit}. */
    public List<ValueRow> ofIndicator(long indicatorId, ReaderScope scope, int limit) {
        return rows(ROWS + " and v.indicator_id = :indicator order by v.country_code nulls last, v.organisation_id, "
                + "v.disaggregation, v.period_end desc limit :limit", scope)
                .param("indicator", indicatorId).param("limit", limit).query(ValueQueries::row).list();
    }

    /**
     * A page of the indicator's values the reader may see, of one subject when {@code subject} is given, in the order
     * of {@link #ofIndicator}. A page past the last gives the last.
     */
    public ValuePage pageOfIndicator(long indicatorId, ReaderScope scope, Subject subject, int page, int size) {
        String where = " and v.indicator_id = :indicator" + (subject == null ? ""
                : subject.isCountry() ? " and v.country_code = :subject" : " and v.organisation_id = :subject");
        JdbcClient.StatementSpec count = rows("select count(*) from (" + ROWS + where + ") counted", scope)
                .param("indicator", indicatorId);
        if (subject != null) {
            count = count.param("subject", subjectParameter(subject));
        }
        long total = count.query(Long.class).single();
        int last = (int) Math.max(0, (total - 1) / size);
        int shown = Math.min(Math.max(0, page), last);
        JdbcClient.StatementSpec query = rows(ROWS + where + " order by v.country_code nulls last, v.organisation_id, "
                + "v.disaggregation, v.period_end desc, v.id limit :limit offset :offset", scope)
                .param("indicator", indicatorId).param("limit", size).param("offset", (long) shown * size);
        if (subject != null) {
            query = query.param("subject", subjectParameter(subject));
        }
        return new ValuePage(query.query(ValueQueries::row).list(), total, shown, size);
    }

    /** The countries and institutions the indicator has values of that the reader may see: what its filter offers. */
    public List<Subject> subjectsOfIndicator(long indicatorId, ReaderScope scope) {
        return rows("select distinct v.country_code, v.organisation_id from (" + ROWS + " and v.indicator_id = :indicator) v "
                + "order by v.country_code nulls last, v.organisation_id", scope)
                .param("indicator", indicatorId)
                .query((rs, n) -> rs.getString(1) != null ? Subject.country(rs.getString(1)) : Subject.institution(rs.getLong(2)))
                .list();
    }

    public Optional<ValueRow> one(long id, ReaderScope scope) {
        return rows(ROWS + " and v.id = :id", scope).param("id", id).query(ValueQueries::row).optional();
    }

    /** Submitted values waiting for an evaluator, oldest first. */
    public List<ValueRow> submitted(ReaderScope scope, int limit) {
        return rows(ROWS + " and v.status = 'SUBMITTED' order by v.updated_at limit :limit", scope)
                .param("limit", limit).query(ValueQueries::row).list();
    }

    /** Every value of these indicators the reader may see, in a stable order (for exports). */
    public void forEach(List<Long> indicatorIds, ReaderScope scope, java.util.function.Consumer<ValueRow> each) {
        if (indicatorIds.isEmpty()) {
            return;
        }
        rows(ROWS + " and v.indicator_id in (:indicators) order by i.code, v.country_code nulls last, "
                + "v.organisation_id, v.disaggregation, v.period_start", scope)
                .param("indicators", indicatorIds).query(ValueQueries::row).stream().forEach(each);
    }

    private JdbcClient.StatementSpec rows(String sql, ReaderScope scope) {
        return jdbc.sql(sql).param("all", scope.seesAll()).param("organisations", scope.organisationIdsForSql());
    }

    private static String subjectCondition(Subject subject) {
        return subject.isCountry() ? " and country_code = :subject" : " and organisation_id = :subject";
    }

    private static Object subjectParameter(Subject subject) {
        return subject.isCountry() ? subject.countryCode() : subject.organisationId();
    }

    private static IndicatorValueView view(long indicatorId, Subject subject, ResultSet rs) throws SQLException {
        return new IndicatorValueView(indicatorId, subject, rs.getString("period"),
                rs.getObject("period_start", java.time.LocalDate.class), rs.getObject("period_end", java.time.LocalDate.class),
                strip(rs.getBigDecimal("value")), strip(rs.getBigDecimal("lower_bound")), strip(rs.getBigDecimal("upper_bound")),
                rs.getTimestamp("verified_at").toInstant());
    }

    static ValueRow row(ResultSet rs, int n) throws SQLException {
        String country = rs.getString("country_code");
        Subject subject = country != null ? Subject.country(country) : Subject.institution(rs.getLong("organisation_id"));
        java.sql.Timestamp verified = rs.getTimestamp("verified_at");
        return new ValueRow(rs.getLong("id"), rs.getLong("indicator_id"), rs.getString("code"), subject,
                rs.getString("disaggregation"), rs.getString("period"), strip(rs.getBigDecimal("value")),
                strip(rs.getBigDecimal("standard_error")), strip(rs.getBigDecimal("lower_bound")),
                strip(rs.getBigDecimal("upper_bound")), ValueStatus.valueOf(rs.getString("status")),
                rs.getString("evidence_url"), rs.getString("evidence_document"), rs.getString("return_comment"),
                verified == null ? null : verified.toInstant(), rs.getLong("version"), rs.getLong("owner_organisation_id"),
                rs.getObject("entered_by", Long.class), rs.getObject("submitted_by", Long.class));
    }

    /** numeric(20,6) gives 12.500000: shown and exported as 12.5. */
    static java.math.BigDecimal strip(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
