package org.concord.oversight.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.concord.TestActors;
import org.concord.notifications.NotificationRequested;
import org.concord.oversight.BodyStatistics;
import org.concord.oversight.CaseFixtures;
import org.concord.oversight.CaseStatus;
import org.concord.oversight.Category;
import org.concord.oversight.OversightStatistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** The daily reminder (each case once a day) and the retention purge (content gone, statistics unchanged). */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CaseJobsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    CaseReminders reminders;
    @Autowired
    CaseRetention retention;
    @Autowired
    CaseService cases;
    @Autowired
    OversightStatistics statistics;
    @Autowired
    ApplicationEvents recorded;

    @Test
    void anOverdueCaseIsRemindedToItsAssigneeOnceADay() {
        CaseFixtures f = new CaseFixtures(jdbc, events, tx);
        long body = f.body("Reminded body (test)");
        var officer = f.officer("reminded", body);
        long channel = f.channel(body, 2, 30, 365, CaseFixtures.accountId(officer));
        Instant now = Instant.now();
        long report = f.submit(channel, Category.OTHER, now.minus(Duration.ofDays(3)));
        long onTime = f.submit(channel, Category.OTHER, now);
        String link = "/oversight/cases/" + report;

        reminders.remind(now);
        reminders.remind(now);
        var sent = recorded.stream(NotificationRequested.class).filter(n -> link.equals(n.link())).toList();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).accountIds()).containsExactly(CaseFixtures.accountId(officer));
        assertThat(sent.get(0).kind()).isEqualTo("oversight.deadline");
        assertThat(recorded.stream(NotificationRequested.class).filter(n -> ("/oversight/cases/" + onTime).equals(n.link())))
                .isEmpty();

        reminders.remind(now.plus(Duration.ofDays(1)));
        assertThat(recorded.stream(NotificationRequested.class).filter(n -> link.equals(n.link()))).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from oversight_case_reminder where report_id = ?", Long.class, report))
                .isEqualTo(2);
    }

    @Test
    void retentionPurgesTheContentOfAClosedCaseAndLeavesItsFiguresAlone() {
        CaseFixtures f = new CaseFixtures(jdbc, events, tx);
        long body = f.body("Purging body (test)");
        var officer = f.officer("purger", body);
        long channel = f.channel(body, 7, 90, 30);
        long report = f.submit(channel, Category.DISCRIMINATION, Instant.now());
        jdbc.update("insert into oversight_message (report_id, direction, sent_at, body) values (?, 'FROM_REPORTER', now(), ?)",
                report, new byte[] {9, 9});
        jdbc.update("insert into oversight_note (report_id, written_at, body) values (?, now(), ?)", report, new byte[] {8});
        jdbc.update("insert into oversight_report_key (report_id, holder, wrapped) values (?, 'RECEIPT', ?)", report, new byte[] {7});
        jdbc.update("insert into oversight_attachment (report_id, blob_key, media_type, size_bytes, sealed_name, added_at) "
                + "values (?, ?, 'application/pdf', 3, ?, now())", report, "test-" + report, new byte[] {6});
        TestActors.runAs(officer, () -> {
            cases.transition(report, Transition.to(CaseStatus.ACKNOWLEDGED, null), Locale.ENGLISH);
            cases.transition(report, Transition.to(CaseStatus.ADMISSIBILITY_REVIEW, null), Locale.ENGLISH);
            cases.transition(report, Transition.to(CaseStatus.INADMISSIBLE, "Outside the mandate"), Locale.ENGLISH);
            return cases.transition(report, Transition.to(CaseStatus.CLOSED, null), Locale.ENGLISH);
        });
        BodyStatistics before = statistics.body(body, Locale.ENGLISH).orElseThrow();

        retention.purge(Instant.now().plus(Duration.ofDays(29)));
        assertThat(jdbc.queryForObject("select content is not null from oversight_report where id = ?", Boolean.class, report))
                .isTrue();

        retention.purge(Instant.now().plus(Duration.ofDays(31)));
        assertThat(jdbc.queryForObject("select content is null and purged_at is not null from oversight_report where id = ?",
                Boolean.class, report)).isTrue();
        for (String table : new String[] {"oversight_message", "oversight_note", "oversight_report_key", "oversight_attachment"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where report_id = ?", Long.class, report))
                    .as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select purged_at is not null from oversight_case where report_id = ?", Boolean.class,
                report)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from oversight_case_transition where report_id = ?", Long.class,
                report)).isEqualTo(5);
        assertThat(statistics.body(body, Locale.ENGLISH).orElseThrow()).isEqualTo(before);
        // a purged case is not reopened: there is nothing left to examine
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestActors.runAs(officer, () -> cases.transition(report,
                Transition.to(CaseStatus.ADMISSIBILITY_REVIEW, "Appeal"), Locale.ENGLISH)))
                .isInstanceOf(org.concord.shared.InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'oversight_case' "
                + "and entity_id = ? and action = 'purged'", Long.class, String.valueOf(report))).isEqualTo(1);
    }
}
