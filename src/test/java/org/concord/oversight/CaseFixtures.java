package org.concord.oversight;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.concord.TestActors;
import org.concord.oversight.internal.ReportSubmitted;
import org.concord.oversight.internal.RetaliationFlagged;
import org.concord.shared.security.Actor;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bodies, officers, channels and reports for case tests, written straight to the tables, and reports "submitted" the
 * way the intake does it: the report row and the ReportSubmitted event in one transaction. No reporter's content is
 * needed for cases, so the report's sealed content is a few placeholder bytes.
 */
public class CaseFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    public CaseFixtures(JdbcTemplate jdbc, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
    }

    public long organisation(String name, String type, String... countries) {
        long id = jdbc.queryForObject("insert into organisation (slug, type) values (?, ?) returning id", Long.class,
                "org-" + SEQUENCE.incrementAndGet(), type);
        jdbc.update("insert into organisation_name (organisation_id, language, name) values (?, 'en', ?)", id, name);
        for (String c : countries) {
            jdbc.update("insert into organisation_country (organisation_id, country_code) values (?, ?)", id, c);
        }
        return id;
    }

    public long body(String name, String... countries) {
        return organisation(name, "OVERSIGHT_BODY", countries);
    }

    /** An account holding these grants, signed in as that account. */
    public Authentication person(String name, Grant... grants) {
        String username = name + "-" + SEQUENCE.incrementAndGet();
        long id = jdbc.queryForObject("insert into account (username, display_name, password_hash) values (?, ?, 'x') "
                + "returning id", Long.class, username, name);
        for (Grant g : grants) {
            jdbc.update("insert into account_grant (account_id, role, organisation_id) values (?, ?, ?)", id,
                    g.role().name(), g.organisationId());
        }
        Actor actor = new Actor(id, username, new HashSet<>(Arrays.asList(grants)));
        return UsernamePasswordAuthenticationToken.authenticated(new TestActors.Principal(actor), null,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
    }

    public Authentication officer(String name, long body) {
        return person(name, new Grant(Role.OVERSIGHT_OFFICER, body));
    }

    public static long accountId(Authentication who) {
        return ((TestActors.Principal) who.getPrincipal()).actor().accountId();
    }

    public long channel(long body, int acknowledgeDays, int feedbackDays, int retentionDays, Long... recipients) {
        long id = jdbc.queryForObject("insert into oversight_channel (organisation_id, slug, acknowledge_days, "
                        + "feedback_days, retention_days, created_at, updated_at) values (?, ?, ?, ?, ?, now(), now()) "
                        + "returning id", Long.class, body, "channel-" + SEQUENCE.incrementAndGet(), acknowledgeDays,
                feedbackDays, retentionDays);
        jdbc.update("insert into oversight_channel_text (channel_id, language, name) values (?, 'en', ?)", id,
                "Complaints " + id);
        for (Long r : recipients) {
            jdbc.update("insert into oversight_channel_recipient (channel_id, account_id) values (?, ?)", id, r);
        }
        return id;
    }

    /** A report received on {@code channel} at {@code received} (rounded to the hour), its case opened with it. */
    public long submit(long channel, Category category, Instant received) {
        Instant hour = received.truncatedTo(ChronoUnit.HOURS);
        return tx.execute(s -> {
            long body = jdbc.queryForObject("select organisation_id from oversight_channel where id = ?", Long.class, channel);
            byte[] lookup = new byte[32];
            new java.util.Random(SEQUENCE.incrementAndGet()).nextBytes(lookup);
            long report = jdbc.queryForObject("insert into oversight_report (channel_id, organisation_id, category, "
                            + "received_at, receipt_lookup, content, last_reporter_activity) values (?, ?, ?, ?, ?, ?, ?) "
                            + "returning id", Long.class, channel, body, category.name(), java.sql.Timestamp.from(hour),
                    lookup, new byte[] {1, 2, 3}, java.sql.Timestamp.from(hour));
            events.publishEvent(new ReportSubmitted(report, channel, body, category.name(), hour));
            return report;
        });
    }

    public void flagRetaliation(long report) {
        tx.executeWithoutResult(s -> events.publishEvent(new RetaliationFlagged(report)));
    }
}
