package org.concord.benchmark;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Oversight bodies, channels, reports and cases for the oversight benchmark, written in a few set-based statements.
 * Reports carry one placeholder byte as content (the list and the statistics never read it); cases are spread over
 * every status, category and the last two years, a tenth of them priority, with outcomes and sanctions as the
 * statuses imply.
 */
final class SyntheticCases {

    private SyntheticCases() {
    }

    /** Creates {@code bodies} bodies with one channel each and {@code perBody} cases each; returns the bodies' ids. */
    static List<Long> create(JdbcTemplate jdbc, int bodies, int perBody) {
        List<Long> ids = jdbc.queryForList("insert into organisation (slug, type) select 'bench-body-' || i, "
                + "'OVERSIGHT_BODY' from generate_series(1, ?) i returning id", Long.class, bodies);
        jdbc.update("insert into organisation_name (organisation_id, language, name) select id, 'en', "
                + "'Benchmark body ' || id from organisation where slug like 'bench-body-%'");
        jdbc.update("insert into organisation_country (organisation_id, country_code) select id, 'MD' from organisation "
                + "where slug like 'bench-body-%'");
        jdbc.update("insert into oversight_channel (organisation_id, slug, created_at, updated_at) select id, "
                + "'bench-channel-' || id, now(), now() from organisation where slug like 'bench-body-%'");
        jdbc.update("insert into oversight_channel_text (channel_id, language, name) select id, 'en', 'Complaints ' || id "
                + "from oversight_channel where slug like 'bench-channel-%'");
        jdbc.update("""
                insert into oversight_report (channel_id, organisation_id, category, received_at, receipt_lookup, content,
                                              last_reporter_activity)
                select ch.id, ch.organisation_id,
                       (array['UNLAWFUL_FORCE','TORTURE_ILL_TREATMENT','ARBITRARY_DETENTION','CORRUPTION_BRIBERY',
                              'PROCUREMENT_FRAUD','DISCRIMINATION','SEXUAL_GENDER_BASED_VIOLENCE','PRIVACY_VIOLATION',
                              'RETALIATION','OTHER'])[1 + (i * 7) % 10],
                       date_trunc('hour', now()) - ((i * 37) % 730) * interval '1 day' - ((i * 13) % 24) * interval '1 hour',
                       decode(md5('bench-' || ch.id || '-' || i), 'hex') || decode(md5('receipt-' || ch.id || '-' || i), 'hex'),
                       '\\x01', date_trunc('hour', now())
                from oversight_channel ch cross join generate_series(1, ?) i where ch.slug like 'bench-channel-%'""", perBody);
        jdbc.update("""
                insert into oversight_case (report_id, channel_id, organisation_id, status, category, priority, received_at,
                                            acknowledge_due, feedback_due, acknowledged_at, feedback_at, decided_at,
                                            outcome, closed_at)
                select r.id, r.channel_id, r.organisation_id, s.status, r.category, r.id % 10 = 0, r.received_at,
                       r.received_at + interval '7 days', r.received_at + interval '90 days',
                       case when s.n >= 1 then r.received_at + (1 + r.id % 9) * interval '1 day' end,
                       case when s.n >= 4 then r.received_at + (20 + r.id % 60) * interval '1 day' end,
                       case when s.n >= 5 then r.received_at + (40 + r.id % 90) * interval '1 day' end,
                       case when s.n >= 5 then (array['UPHELD','PARTLY_UPHELD','NOT_UPHELD'])[1 + r.id % 3] end,
                       case when s.n = 7 then r.received_at + (60 + r.id % 90) * interval '1 day' end
                from oversight_report r
                join oversight_channel ch on ch.id = r.channel_id and ch.slug like 'bench-channel-%'
                cross join lateral (select (array['RECEIVED','ACKNOWLEDGED','ADMISSIBILITY_REVIEW','UNDER_INVESTIGATION',
                                                  'REFERRED','DECIDED','REMEDY_RECORDED','CLOSED'])[1 + r.id % 8] as status,
                                           (r.id % 8)::int as n) s""");
        jdbc.update("""
                insert into oversight_case_transition (report_id, from_status, to_status, sanction, occurred_at)
                select report_id, 'DECIDED', 'REMEDY_RECORDED',
                       (array['DISCIPLINARY_WARNING','SUSPENSION','DISMISSAL','CRIMINAL_PROSECUTION','COMPENSATION',
                              'POLICY_CHANGE','APOLOGY','OTHER'])[1 + report_id % 8], decided_at
                from oversight_case c join oversight_channel ch on ch.id = c.channel_id and ch.slug like 'bench-channel-%'
                where c.status in ('REMEDY_RECORDED', 'CLOSED') and c.outcome <> 'NOT_UPHELD'""");
        jdbc.execute("analyze oversight_report");
        jdbc.execute("analyze oversight_case");
        jdbc.execute("analyze oversight_case_transition");
        return ids;
    }
}
