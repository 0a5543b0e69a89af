package org.concord.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.concord.notifications.People;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Agreements, tranches, conditions and phase-out plans written straight into the funding tables, for tests of what
 * is read from them (the ownership curve, the register, the alerts). Organisations and accounts come from
 * {@link People}.
 */
public final class FundingFixtures {

    private final JdbcTemplate jdbc;
    public final People people;

    public FundingFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.people = new People(jdbc);
    }

    public long organisation(String name) {
        return people.organisation(name + " " + UUID.randomUUID().toString().substring(0, 6), null);
    }

    public long agreement(long funder, long recipient, String country, String currency, String total, LocalDate start,
                          LocalDate end) {
        return jdbc.queryForObject("""
                insert into funding_agreement (title, funder_id, recipient_id, country_code, total_amount, currency,
                                               start_date, end_date)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                "Agreement " + UUID.randomUUID().toString().substring(0, 6), funder, recipient, country,
                new BigDecimal(total), currency, start, end);
    }

    public void confidential(long agreement, String field) {
        jdbc.update("insert into funding_confidential_field (agreement_id, field) values (?, ?)", agreement, field);
    }

    public void evaluator(long agreement, long organisation) {
        jdbc.update("insert into funding_evaluator (agreement_id, organisation_id) values (?, ?)", agreement, organisation);
    }

    public long plannedTranche(long agreement, String amount, LocalDate planned) {
        return jdbc.queryForObject("""
                insert into funding_tranche (agreement_id, position, planned_amount, planned_date)
                values (?, (select count(*) + 1 from funding_tranche where agreement_id = ?), ?, ?) returning id""",
                Long.class, agreement, agreement, new BigDecimal(amount), planned);
    }

    public long releasedTranche(long agreement, String planned, LocalDate plannedOn, String released, LocalDate releasedOn) {
        long id = plannedTranche(agreement, planned, plannedOn);
        jdbc.update("""
                update funding_tranche set status = 'RELEASED', released_amount = ?, released_on = ?, released_at = now()
                where id = ?""", new BigDecimal(released), releasedOn, id);
        return id;
    }

    public void plan(long agreement, LocalDate sunset, Object... yearExternalNational) {
        jdbc.update("""
                insert into funding_phase_out (agreement_id, sunset_date) values (?, ?)
                on conflict (agreement_id) do update set sunset_date = excluded.sunset_date""", agreement, sunset);
        for (int i = 0; i < yearExternalNational.length; i += 3) {
            jdbc.update("""
                    insert into funding_phase_out_year (agreement_id, year, external_amount, national_amount)
                    values (?, ?, ?, ?)""", agreement, yearExternalNational[i],
                    new BigDecimal(yearExternalNational[i + 1].toString()),
                    new BigDecimal(yearExternalNational[i + 2].toString()));
        }
    }

    public long processCondition(long agreement, String text, String status) {
        return jdbc.queryForObject("""
                insert into funding_condition (agreement_id, position, kind, text, status)
                values (?, (select count(*) + 1 from funding_condition where agreement_id = ?), 'PROCESS', ?, ?)
                returning id""", Long.class, agreement, agreement, text, status);
    }

    public long outcomeCondition(long agreement, String text, long indicator, String comparator, String target) {
        return jdbc.queryForObject("""
                insert into funding_condition (agreement_id, position, kind, text, indicator_id, comparator, target_value)
                values (?, (select count(*) + 1 from funding_condition where agreement_id = ?), 'OUTCOME', ?, ?, ?, ?)
                returning id""", Long.class, agreement, agreement, text, indicator, comparator, new BigDecimal(target));
    }
}
