package org.concord.funding.internal.view;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.funding.internal.Reader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** List reads of agreements (JdbcClient): filtered pages, counts of conditions by status, export rows. */
@Component
public class AgreementQueries {

    private final JdbcClient jdbc;

    AgreementQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A filter of the agreements list; null fields do not filter. */
    public record Filter(String country, Long funderId, Long recipientId, String status, int page, int size) {
        public Filter {
            page = Math.max(page, 0);
            size = size <= 0 || size > 200 ? 25 : size;
            country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
            status = status == null || status.isBlank() ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One agreement in a line, before names are applied. {@code readerSeesConfidential}: whether the reader the query
     * was made for may see its confidential fields ({@link Reader}), answered in the same statement for every row.
     */
    public record Row(long id, String title, long funderId, long recipientId, String country, BigDecimal totalAmount,
                      String currency, java.time.LocalDate start, java.time.LocalDate end, String status,
                      boolean amountsConfidential, BigDecimal released, int conditions, int conditionsMet,
                      boolean readerSeesConfidential) {

        /** The amounts are kept from this reader. */
        public boolean amountsHidden() {
            return amountsConfidential && !readerSeesConfidential;
        }
    }

    public record Page(List<Row> rows, long total) {
    }

    private static final String ROW = """
            select a.id, a.title, a.funder_id, a.recipient_id, a.country_code, a.total_amount, a.currency,
                   a.start_date, a.end_date, a.status,
                   exists (select 1 from funding_confidential_field f where f.agreement_id = a.id and f.field = 'AMOUNTS') as amounts_confidential,
                   (select coalesce(sum(t.released_amount), 0) from funding_tranche t
                     where t.agreement_id = a.id and t.status = 'RELEASED') as released,
                   (select count(*) from funding_condition c where c.agreement_id = a.id) as conditions,
                   (select count(*) from funding_condition c where c.agreement_id = a.id and c.status in ('MET', 'WAIVED')) as met,
                   %s as reader_sees_confidential
            from funding_agreement a""".formatted(Reader.SQL_SEES_CONFIDENTIAL);

    private static final String WHERE = "\n" + """
             where (cast(:country as varchar) is null or a.country_code = :country)
               and (cast(:funder as bigint) is null or a.funder_id = :funder)
               and (cast(:recipient as bigint) is null or a.recipient_id = :recipient)
               and (cast(:status as varchar) is null or a.status = :status)""";

    private static Map<String, Object> params(Filter f) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("country", f.country());
        params.put("funder", f.funderId());
        params.put("recipient", f.recipientId());
        params.put("status", f.status());
        return params;
    }

    /** A page of the agreements matching the filter, as {@code reader} may see them: two statements, whatever the page size. */
    public Page find(Filter f, Reader reader) {
        Map<String, Object> params = params(f);
        long total = jdbc.sql("select count(*) from funding_agreement a " + WHERE).params(params).query(Long.class).single();
        params.put("limit", f.size());
        params.put("offset", (long) f.page() * f.size());
        List<Row> rows = reader.bind(jdbc.sql(ROW + " " + WHERE + " order by a.start_date desc, a.id desc limit :limit offset :offset")
                .params(params)).query(AgreementQueries::row).list();
        return new Page(rows, total);
    }

    /** Every agreement matching the filter, for exports. */
    public List<Row> all(Filter f, Reader reader) {
        return reader.bind(jdbc.sql(ROW + " " + WHERE + " order by a.id").params(params(f))).query(AgreementQueries::row).list();
    }

    /** One agreement's row, by its id. */
    public java.util.Optional<Row> one(long id, Reader reader) {
        return reader.bind(jdbc.sql(ROW + " where a.id = :id").param("id", id)).query(AgreementQueries::row).optional();
    }

    /** How many conditions of the country's agreements stand in each status. */
    public Map<String, Long> conditionsByStatus(String country) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select c.status, count(*) from funding_condition c join funding_agreement a on a.id = c.agreement_id
                where a.country_code = :country group by c.status order by c.status""")
                .param("country", country).query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** The milestones awaiting verification where one of these organisations is an assigned evaluator. */
    public record QueueItem(long agreementId, String agreementTitle, long conditionId, int position, String status,
                            java.time.LocalDate dueDate, java.time.Instant lastEvidence) {
    }

    public List<QueueItem> queue(java.util.Collection<Long> evaluatorOrganisations) {
        if (evaluatorOrganisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.id, a.title, c.id, c.position, c.status, c.due_date,
                       (select max(e.submitted_at) from funding_evidence e where e.condition_id = c.id)
                from funding_condition c join funding_agreement a on a.id = c.agreement_id
                where c.status = 'SUBMITTED'
                  and exists (select 1 from funding_evaluator v where v.agreement_id = a.id and v.organisation_id in (:orgs))
                order by 7 nulls last, a.id, c.position""")
                .param("orgs", new ArrayList<>(evaluatorOrganisations))
                .query((rs, i) -> new QueueItem(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                        rs.getString(5), rs.getObject(6, java.time.LocalDate.class),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getString(7), rs.getObject(8, java.time.LocalDate.class),
                rs.getObject(9, java.time.LocalDate.class), rs.getString(10), rs.getBoolean(11), rs.getBigDecimal(12),
                rs.getInt(13), rs.getInt(14), rs.getBoolean(15));
    }
}
