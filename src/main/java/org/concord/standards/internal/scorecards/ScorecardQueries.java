package org.concord.standards.internal.scorecards;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.concord.standards.Direction;
import org.concord.standards.IndicatorSummary;
import org.concord.standards.Subject;
import org.concord.standards.Unit;
import org.concord.standards.internal.ReaderScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads behind scorecards, in SQL: per indicator the reader may see (public ones, and restricted ones for their
 * organisations' members and evaluators: {@link ReaderScope}, the same condition as {@code IndicatorQueries}), the subject's latest verified value (an index-only
 * lookup of one row: the verified partial indexes of V45), its baseline and its target. The cost grows with the
 * number of indicators, not with the number of values.
 */
@Component
class ScorecardQueries {

    /** What the database gives for one indicator; {@link ScorecardService} rates it. */
    record Row(IndicatorSummary indicator, String latestPeriod, LocalDate latestDate, BigDecimal latest,
               BigDecimal lower, BigDecimal upper, BigDecimal rank, String baselinePeriod, LocalDate baselineDate,
               BigDecimal baseline, String targetPeriod, LocalDate targetDate, BigDecimal target) {
    }

    /** One verified value of a series, for the trend charts. */
    record Point(long indicatorId, String period, LocalDate periodEnd, BigDecimal value, BigDecimal lower,
                 BigDecimal upper) {
    }

    private final JdbcClient jdbc;

    ScorecardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String column(Subject subject) {
        return subject.isCountry() ? "country_code" : "organisation_id";
    }

    private static Object key(Subject subject) {
        return subject.isCountry() ? subject.countryCode() : subject.organisationId();
    }

    /**
     * The target rated against: the earliest one not yet passed when the latest value was measured (today if there is
     * no value); when all have passed, the last of them.
     */
    List<Row> scorecard(Subject subject, Locale locale, ReaderScope scope) {
        String c = column(subject);
        return jdbc.sql("""
                select i.id, i.code, coalesce(n.name, en.name, i.code) as name, i.unit, i.direction,
                       (i.visibility = 'PUBLIC' and f.visibility = 'PUBLIC') as public,
                       lv.period, lv.period_end, lv.value, lv.lower_bound, lv.upper_bound, r.rank,
                       b.period, b.period_end, b.value, t.period, t.period_end, t.value
                from standards_indicator i
                join standards_standard s on s.id = i.standard_id
                join standards_framework f on f.id = s.framework_id
                left join standards_indicator_name n on n.indicator_id = i.id and n.language = :language
                left join standards_indicator_name en on en.indicator_id = i.id and en.language = 'en'
                left join lateral (
                    select v.id, v.period, v.period_end, v.value, v.lower_bound, v.upper_bound
                    from standards_value v
                    where v.indicator_id = i.id and v.%1$s = :subject and v.disaggregation = '' and v.status = 'VERIFIED'
                    order by v.period_end desc limit 1) lv on true
                left join standards_wgi_percentile_rank r on r.value_id = lv.id
                left join standards_baseline b
                       on b.indicator_id = i.id and b.%1$s = :subject and b.disaggregation = ''
                left join lateral (
                    select t.period, t.period_end, t.value
                    from standards_target t
                    where t.indicator_id = i.id and t.%1$s = :subject and t.disaggregation = ''
                    order by t.period_end < coalesce(lv.period_end, current_date),
                             case when t.period_end >= coalesce(lv.period_end, current_date) then t.period_end end,
                             t.period_end desc
                    limit 1) t on true
                where (i.visibility = 'PUBLIC' or :all or i.owner_organisation_id in (:organisations))
                  and (f.visibility = 'PUBLIC' or :all or f.owner_organisation_id in (:organisations))
                  and (lv.value is not null or b.value is not null or t.value is not null)
                order by f.code, s.position, s.code, i.code
                """.formatted(c))
                .param("language", locale.getLanguage()).param("subject", key(subject))
                .param("all", scope.seesAll()).param("organisations", scope.organisationIdsForSql())
                .query(ScorecardQueries::row).list();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        IndicatorSummary indicator = new IndicatorSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                Unit.valueOf(rs.getString(4)), Direction.valueOf(rs.getString(5)), rs.getBoolean(6));
        return new Row(indicator, rs.getString(7), date(rs, 8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getString(13), date(rs, 14), rs.getBigDecimal(15),
                rs.getString(16), date(rs, 17), rs.getBigDecimal(18));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** The verified series of the subject for these indicators (those of the reader's scorecard), oldest first, the last 40 periods of each. */
    List<Point> series(Subject subject, List<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select x.indicator_id, x.period, x.period_end, x.value, x.lower_bound, x.upper_bound
                from unnest(cast(:ids as text)::bigint[]) as ids(id)
                cross join lateral (
                    select v.indicator_id, v.period, v.period_end, v.value, v.lower_bound, v.upper_bound
                    from standards_value v
                    where v.indicator_id = ids.id and v.%s = :subject and v.disaggregation = '' and v.status = 'VERIFIED'
                    order by v.period_end desc limit 40) x
                order by x.indicator_id, x.period_end
                """.formatted(column(subject)))
                .param("ids", indicatorIds.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .param("subject", key(subject))
                .query((rs, n) -> new Point(rs.getLong(1), rs.getString(2), date(rs, 3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6))).list();
    }
}
