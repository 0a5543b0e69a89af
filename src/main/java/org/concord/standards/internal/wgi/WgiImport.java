package org.concord.standards.internal.wgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.audit.EntityChanged;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the World Bank's governance indicators as six public indicators of the framework "WB-WGI", values per
 * country and year, verified, with uncertainty estimate +/- 1.645 x standard error (the 90% interval, the level at
 * which the World Bank publishes its percentile-rank bounds) and the percentile rank with its published bounds kept
 * beside each value. The file streams through in chunks; a re-import writes only what changed, so importing the same
 * edition again changes nothing, and a later edition updates the values it revises and adds its new years.
 */
@Service
public class WgiImport {

    /** What an import did. {@code problems} holds the first {@link WgiReader#PROBLEMS_KEPT} of {@code problemCount}. */
    public record Report(long rows, long read, long added, long updated, long unchanged, long withoutEstimate,
                         long problemCount, List<RowProblem> problems) {
    }

    static final int CHUNK = 2_000;

    private final JdbcClient jdbc;
    private final WgiMappings mappings;
    private final WgiPermissions permissions;
    private final WgiCatalogue catalogue;
    private final ApplicationEventPublisher events;

    WgiImport(JdbcClient jdbc, WgiMappings mappings, WgiPermissions permissions, WgiCatalogue catalogue,
              ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.mappings = mappings;
        this.permissions = permissions;
        this.catalogue = catalogue;
        this.events = events;
    }

    /** Imports what can be read; the rows that cannot are skipped and listed in the report (the import page). */
    @Transactional
    public Report importFile(long mappingId, InputStream file) {
        return importFile(mappingId, file, false);
    }

    /**
     * With {@code rejectProblemRows}, a file with any row that cannot be read changes nothing: the import is refused
     * with each problem named by row (the header is row 1) and column, e.g. {@code rows[8].code} (the API's default).
     */
    @Transactional
    public Report importFile(long mappingId, InputStream file, boolean rejectProblemRows) {
        WgiMapping mapping = mappings.find(mappingId)
                .orElseThrow(() -> new NotFoundException("wgi-column-mapping", mappingId));
        CurrentActor.check(permissions.mayImport(mapping.ownerOrganisationId()));
        Map<WgiIndicator, Long> indicators = catalogue.ensure(mapping.ownerOrganisationId());
        WgiReader reader = new WgiReader(economyCodes());
        long[] counts = new long[3];
        List<WgiRow> chunk = new ArrayList<>(CHUNK);
        WgiReader.Summary summary;
        try {
            summary = reader.read(file, mapping.headers(), row -> {
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    write(chunk, indicators, counts);
                    chunk.clear();
                }
            });
        } catch (WgiReader.LayoutException e) {
            throw new InvalidInputException("file", "wgi-missing-column", String.join(", ", e.missingHeaders));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(chunk, indicators, counts);
        if (rejectProblemRows && summary.problemCount() > 0) {
            // thrown inside the transaction: the chunks already written are rolled back with it
            throw new InvalidInputException(summary.problems().stream().map(WgiImport::error).toList());
        }
        mappings.used(mappingId);
        Report report = new Report(summary.rows(), summary.read(), counts[0], counts[1], counts[2],
                summary.withoutEstimate(), summary.problemCount(), summary.problems());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("mapping", mapping.name());
        after.put("rows", report.rows());
        after.put("added", report.added());
        after.put("updated", report.updated());
        after.put("unchanged", report.unchanged());
        after.put("withoutEstimate", report.withoutEstimate());
        after.put("problems", report.problemCount());
        events.publishEvent(EntityChanged.diff("wgi-import", mappingId, "imported", Map.of(), after));
        return report;
    }

    /** A row problem as the API reports it: field rows[line].header, rule wgi-economy, wgi-year... */
    static InvalidInputException.FieldError error(RowProblem p) {
        String column = p.column().isEmpty() ? "" : "." + p.column();
        return new InvalidInputException.FieldError("rows[" + p.line() + "]" + column, "wgi-" + p.rule(),
                String.valueOf(p.line()), p.column(), p.value());
    }

    private EconomyCodes economyCodes() {
        Map<String, String> alpha3 = new LinkedHashMap<>();
        jdbc.sql("select alpha3, code from country").query((rs, i) -> alpha3.put(rs.getString(1), rs.getString(2))).list();
        Map<String, String> exceptions = new LinkedHashMap<>();
        jdbc.sql("select wb_code, iso_code from standards_wb_economy_code")
                .query((rs, i) -> exceptions.put(rs.getString(1), rs.getString(2))).list();
        return new EconomyCodes(alpha3, exceptions);
    }

    private static String literal(Object[] values) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            Object v = values[i];
            s.append(v == null ? "NULL" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
        }
        return s.append('}').toString();
    }

    /** Upserts one chunk set-wise; a row whose numbers are already there is left alone (no update, no new version). */
    private void write(List<WgiRow> rows, Map<WgiIndicator, Long> indicators, long[] counts) {
        if (rows.isEmpty()) {
            return;
        }
        // the last row for a key wins (two World Bank codes of one country, e.g. ROM and ROU, in one file)
        Map<String, WgiRow> byKey = new LinkedHashMap<>();
        for (WgiRow r : rows) {
            byKey.put(r.indicator() + r.country() + r.year(), r);
        }
        int n = byKey.size();
        Long[] indicator = new Long[n];
        String[] country = new String[n];
        Integer[] year = new Integer[n];
        BigDecimal[][] numbers = new BigDecimal[7][n];
        int i = 0;
        for (WgiRow r : byKey.values()) {
            indicator[i] = indicators.get(r.indicator());
            country[i] = r.country();
            year[i] = r.year();
            BigDecimal[] v = {r.estimate(), r.standardError(), r.lower(), r.upper(), r.percentileRank(),
                    r.percentileRankLower(), r.percentileRankUpper()};
            for (int k = 0; k < 7; k++) {
                numbers[k][i] = v[k];
            }
            i++;
        }
        // arrays go as PostgreSQL array literals (codes, integers and plain decimals only): one parameter per column
        List<Object> params = List.of(literal(indicator), literal(country), literal(year), literal(numbers[0]),
                literal(numbers[1]), literal(numbers[2]), literal(numbers[3]), literal(numbers[4]), literal(numbers[5]),
                literal(numbers[6]));
        String input = "select * from unnest(?::text::bigint[], ?::text::varchar[], ?::text::int[], ?::text::numeric[], "
                + "?::text::numeric[], ?::text::numeric[], ?::text::numeric[], ?::text::numeric[], ?::text::numeric[], "
                + "?::text::numeric[]) "
                + "as t(indicator_id, country_code, year, estimate, se, lower_b, upper_b, rnk, rnk_lower, rnk_upper)";
        List<Object[]> written = jdbc.sql("""
                with input as (%s),
                upserted as (
                    insert into standards_value as v (indicator_id, country_code, disaggregation, period, period_start,
                        period_end, value, standard_error, lower_bound, upper_bound, status, verified_at, evidence_url)
                    select indicator_id, country_code, '', year::text, make_date(year, 1, 1), make_date(year, 12, 31),
                           estimate, se, lower_b, upper_b, 'VERIFIED', now(), 'https://www.govindicators.org'
                    from input
                    on conflict on constraint standards_value_unique do update set
                        value = excluded.value, standard_error = excluded.standard_error,
                        lower_bound = excluded.lower_bound, upper_bound = excluded.upper_bound, status = 'VERIFIED',
                        verified_at = case when v.status = 'VERIFIED' then v.verified_at else now() end,
                        return_comment = null, updated_at = now(), version = v.version + 1
                    where (v.value, v.standard_error, v.lower_bound, v.upper_bound, v.status)
                          is distinct from (excluded.value, excluded.standard_error, excluded.lower_bound,
                                            excluded.upper_bound, 'VERIFIED')
                    returning (xmax = 0) as added
                )
                select count(*) filter (where added), count(*) filter (where not added) from upserted
                """.formatted(input)).params(params)
                .query((rs, k) -> new Object[] {rs.getLong(1), rs.getLong(2)}).list();
        long added = (Long) written.get(0)[0], updated = (Long) written.get(0)[1];
        counts[0] += added;
        counts[1] += updated;
        counts[2] += n - added - updated;
        jdbc.sql("""
                insert into standards_wgi_percentile_rank as p (value_id, rank, rank_lower, rank_upper)
                select v.id, t.rnk, t.rnk_lower, t.rnk_upper
                from (%s) t
                join standards_value v on v.indicator_id = t.indicator_id and v.country_code = t.country_code
                     and v.organisation_id is null and v.disaggregation = '' and v.period = t.year::text
                where t.rnk is not null
                on conflict (value_id) do update set rank = excluded.rank, rank_lower = excluded.rank_lower,
                    rank_upper = excluded.rank_upper
                where (p.rank, p.rank_lower, p.rank_upper) is distinct from (excluded.rank, excluded.rank_lower, excluded.rank_upper)
                """.formatted(input)).params(params).update();
    }
}
