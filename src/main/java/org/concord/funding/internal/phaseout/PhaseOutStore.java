package org.concord.funding.internal.phaseout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes sunset clauses and their plans (tables of V65); the agreement itself is read, never written. */
@Repository
class PhaseOutStore {

    private final JdbcClient jdbc;

    PhaseOutStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agreement's plan, or empty when there is no such agreement; a plan with no sunset date when none is recorded. */
    Optional<PhaseOutPlan> find(long agreementId) {
        return jdbc.sql("""
                        select a.id, a.title, a.funder_id, a.recipient_id, a.currency, a.end_date,
                               p.sunset_date, p.note, coalesce(p.version, 0) as version
                        from funding_agreement a left join funding_phase_out p on p.agreement_id = a.id
                        where a.id = :id""")
                .param("id", agreementId)
                .query((rs, n) -> new PhaseOutPlan(rs.getLong("id"), rs.getString("title"), rs.getLong("funder_id"),
                        rs.getLong("recipient_id"), rs.getString("currency"), rs.getObject("end_date", LocalDate.class),
                        rs.getObject("sunset_date", LocalDate.class), rs.getString("note"), years(agreementId),
                        rs.getLong("version")))
                .optional();
    }

    private List<PhaseOutPlan.Year> years(long agreementId) {
        return jdbc.sql("""
                        select year, external_amount, national_amount from funding_phase_out_year
                        where agreement_id = :id order by year""")
                .param("id", agreementId)
                .query((rs, n) -> new PhaseOutPlan.Year(rs.getInt("year"), rs.getBigDecimal("external_amount"),
                        rs.getBigDecimal("national_amount")))
                .list();
    }

    /**
     * Writes the plan whole, if it is still at {@code expectedVersion}; false when someone changed it meanwhile.
     * Locks the agreement's row first, so that two saves of one plan wait for each other.
     */
    boolean save(long agreementId, LocalDate sunsetDate, String note, List<PhaseOutPlan.Year> years,
                 long expectedVersion) {
        jdbc.sql("select id from funding_agreement where id = :id for update").param("id", agreementId)
                .query(Long.class).single();
        int changed = jdbc.sql("""
                        insert into funding_phase_out (agreement_id, sunset_date, note, updated_at, version)
                        values (:id, :sunset, :note, now(), 1)
                        on conflict (agreement_id) do update
                           set sunset_date = excluded.sunset_date, note = excluded.note, updated_at = now(),
                               version = funding_phase_out.version + 1
                         where funding_phase_out.version = :expected""")
                .param("id", agreementId).param("sunset", sunsetDate).param("note", note)
                .param("expected", expectedVersion)
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from funding_phase_out_year where agreement_id = :id").param("id", agreementId).update();
        for (PhaseOutPlan.Year year : years) {
            jdbc.sql("""
                            insert into funding_phase_out_year (agreement_id, year, external_amount, national_amount)
                            values (:id, :year, :external, :national)""")
                    .param("id", agreementId).param("year", year.year())
                    .param("external", year.externalAmount()).param("national", year.nationalAmount())
                    .update();
        }
        return true;
    }

    /** Agreements with a sunset date from today to {@code horizon}, and the alerts already sent for that date. */
    List<SunsetCandidate> sunsetsUpTo(LocalDate today, LocalDate horizon) {
        return jdbc.sql("""
                        select a.id, a.title, a.funder_id, a.recipient_id, p.sunset_date,
                               coalesce(array_agg(s.threshold_days) filter (where s.threshold_days is not null),
                                        '{}') as sent
                        from funding_phase_out p
                        join funding_agreement a on a.id = p.agreement_id
                        left join funding_sunset_alert s
                               on s.agreement_id = p.agreement_id and s.sunset_date = p.sunset_date
                        where p.sunset_date between :today and :horizon and a.status in ('ACTIVE', 'SUSPENDED')
                        group by a.id, a.title, a.funder_id, a.recipient_id, p.sunset_date
                        order by p.sunset_date, a.id""")
                .param("today", today).param("horizon", horizon)
                .query((rs, n) -> new SunsetCandidate(rs.getLong("id"), rs.getString("title"),
                        rs.getLong("funder_id"), rs.getLong("recipient_id"), rs.getObject("sunset_date", LocalDate.class),
                        List.of((Integer[]) rs.getArray("sent").getArray())))
                .list();
    }

    /** Records that an alert went; false if another run (here or on another instance) recorded it first. */
    boolean recordAlert(long agreementId, LocalDate sunsetDate, int threshold) {
        return jdbc.sql("""
                        insert into funding_sunset_alert (agreement_id, sunset_date, threshold_days)
                        values (:id, :sunset, :threshold) on conflict do nothing""")
                .param("id", agreementId).param("sunset", sunsetDate).param("threshold", threshold)
                .update() == 1;
    }

    record SunsetCandidate(long agreementId, String title, long funderId, long recipientId, LocalDate sunsetDate,
                           List<Integer> sent) {
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
