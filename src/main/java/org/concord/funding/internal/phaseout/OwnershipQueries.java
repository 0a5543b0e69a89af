package org.concord.funding.internal.phaseout;

import org.concord.funding.InstitutionCurve;
import org.concord.funding.OwnershipYear;
import java.time.LocalDate;
import org.concord.funding.internal.Reader;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sums behind the domestic ownership curve, per institution (an agreement's recipient), year and currency.
 *
 * <p>Which figures count, per agreement that is not cancelled:
 * <ul>
 *   <li>external, a year before the current one: what its tranches released that year (by date of release);</li>
 *   <li>external, the current year and later: the phase-out plan's external amount for the year where the plan has
 *       the year, otherwise its tranches of that year (released ones at their released amount and date, the others
 *       at their planned amount and date);</li>
 *   <li>national, any year: the plan's national (co-financing) amount for that year; Concord records no other
 *       national figure.</li>
 * </ul>
 * An institution's figures are the sums over its agreements, each in the agreement's currency (plans are in the
 * agreement's currency). Agreements whose amounts the funder marked confidential count only for readers who may see
 * them ({@link Reader}), so that public curves cannot be used to work them out.
 */
@Repository
class OwnershipQueries {

    private static final String SUMS = """
            with agreements as (
                select a.id, a.funder_id, a.recipient_id, a.currency from funding_agreement a
                where a.status <> 'CANCELLED' and %s
                  and (not exists (select 1 from funding_confidential_field c
                                   where c.agreement_id = a.id and c.field = 'AMOUNTS') or %s)
            ), plan as (
                select y.agreement_id, y.year, y.external_amount, y.national_amount
                from funding_phase_out_year y join agreements a on a.id = y.agreement_id
            ), tranches as (
                select t.agreement_id, t.status,
                       extract(year from coalesce(t.released_on, t.planned_date))::int as year,
                       coalesce(t.released_amount, t.planned_amount) as amount
                from funding_tranche t join agreements a on a.id = t.agreement_id
            ), external as (
                select agreement_id, year, amount from tranches where status = 'RELEASED' and year < :thisYear
                union all
                select agreement_id, year, external_amount from plan where year >= :thisYear
                union all
                select t.agreement_id, t.year, t.amount from tranches t
                where t.year >= :thisYear
                  and not exists (select 1 from plan p where p.agreement_id = t.agreement_id and p.year = t.year)
            ), by_donor as (
                select a.recipient_id, e.year, a.currency, a.funder_id, sum(e.amount) as amount
                from external e join agreements a on a.id = e.agreement_id
                group by a.recipient_id, e.year, a.currency, a.funder_id
            ), national as (
                select a.recipient_id, p.year, a.currency, sum(p.national_amount) as amount
                from plan p join agreements a on a.id = p.agreement_id
                group by a.recipient_id, p.year, a.currency
            ), keys as (
                select recipient_id, year, currency from by_donor
                union
                select recipient_id, year, currency from national
            )
            select k.recipient_id, k.year, k.currency,
                   coalesce((select sum(d.amount) from by_donor d where d.recipient_id = k.recipient_id
                             and d.year = k.year and d.currency = k.currency), 0) as external,
                   coalesce(n.amount, 0) as national, top.funder_id, top.amount as largest
            from keys k
            left join national n on n.recipient_id = k.recipient_id and n.year = k.year and n.currency = k.currency
            left join lateral (select d.funder_id, d.amount from by_donor d
                               where d.recipient_id = k.recipient_id and d.year = k.year and d.currency = k.currency
                               order by d.amount desc, d.funder_id limit 1) top on true
            order by k.recipient_id, k.year, k.currency""";

    /** The same figures per donor: what each funder gives each institution in a year, in the agreements' currency. */
    private static final String DONOR_SUMS = SUMS.substring(0, SUMS.indexOf("), national as"))
            + ") select recipient_id, year, currency, funder_id, amount from by_donor order by recipient_id, year, currency, funder_id";

    private final JdbcClient jdbc;

    OwnershipQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of sums: institution, year, currency, external, national, the largest donor and its amount. */
    record Sums(long institutionId, OwnershipYear year) {
    }

    List<Sums> forInstitution(long institutionId, LocalDate today, Reader reader) {
        return query("a.recipient_id = :institution", today, reader).param("institution", institutionId)
                .query((rs, n) -> row(rs)).list();
    }

    List<Sums> forCountry(String country, LocalDate today, Reader reader) {
        return query("a.country_code = :country", today, reader).param("country", country)
                .query((rs, n) -> row(rs)).list();
    }

    /** What one funder gives one institution in a year, in one currency (external funding only). */
    record DonorSum(long institutionId, int year, String currency, long funderId, java.math.BigDecimal amount) {
    }

    List<DonorSum> donorsForInstitution(long institutionId, LocalDate today, Reader reader) {
        return query(DONOR_SUMS, "a.recipient_id = :institution", today, reader).param("institution", institutionId)
                .query((rs, n) -> donor(rs)).list();
    }

    List<DonorSum> donorsForCountry(String country, LocalDate today, Reader reader) {
        return query(DONOR_SUMS, "a.country_code = :country", today, reader).param("country", country)
                .query((rs, n) -> donor(rs)).list();
    }

    private static DonorSum donor(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DonorSum(rs.getLong("recipient_id"), rs.getInt("year"), rs.getString("currency"),
                rs.getLong("funder_id"), rs.getBigDecimal("amount"));
    }

    private JdbcClient.StatementSpec query(String filter, LocalDate today, Reader reader) {
        return query(SUMS, filter, today, reader);
    }

    private JdbcClient.StatementSpec query(String sql, String filter, LocalDate today, Reader reader) {
        return reader.bind(jdbc.sql(sql.formatted(filter, Reader.SQL_SEES_CONFIDENTIAL))
                .param("thisYear", today.getYear()));
    }

    private static Sums row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long funder = rs.getLong("funder_id");
        Long largestDonor = rs.wasNull() ? null : funder;
        return new Sums(rs.getLong("recipient_id"), new OwnershipYear(rs.getInt("year"), rs.getString("currency"),
                rs.getBigDecimal("external"), rs.getBigDecimal("national"), largestDonor, null,
                rs.getBigDecimal("largest")));
    }
}
