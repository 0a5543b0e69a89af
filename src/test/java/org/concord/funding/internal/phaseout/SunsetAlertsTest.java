package org.concord.funding.internal.phaseout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.concord.funding.FundingFixtures;
import org.concord.notifications.People.Person;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The alerts before a sunset date, on one instance, with the days set by the clock given to the job. */
@SpringBootTest
class SunsetAlertsTest {

    /** Each test's agreement ends years after the previous one's, so that no test's job run sees another's. */
    private static final java.util.concurrent.atomic.AtomicInteger TESTS = new java.util.concurrent.atomic.AtomicInteger();

    private LocalDate sunset;

    @Autowired
    SunsetAlerts alerts;
    @Autowired
    JdbcTemplate jdbc;

    FundingFixtures fixtures;
    Person funderCoordinator;
    Person recipientCoordinator;
    long agreement;

    @BeforeEach
    void anAgreementEndingOnTheSunsetDate() {
        sunset = LocalDate.of(2031, 6, 30).plusYears(3L * TESTS.incrementAndGet());
        fixtures = new FundingFixtures(jdbc);
        long funder = fixtures.organisation("Funder");
        long recipient = fixtures.organisation("Ministry");
        funderCoordinator = fixtures.people.account("funder-coordinator", "en", null, new Grant(Role.COORDINATOR, funder));
        recipientCoordinator = fixtures.people.account("ministry-coordinator", "fr", null, new Grant(Role.COORDINATOR, recipient));
        agreement = fixtures.agreement(funder, recipient, "UA", "EUR", "1000000", sunset.minusYears(3), sunset);
        fixtures.plan(agreement, sunset);
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(5, 15).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private List<String> alertsTo(Person person) {
        return jdbc.queryForList("""
                select arguments[2] from notification where account_id = ? and kind = 'funding.sunset'
                order by id""", String.class, person.id());
    }

    private void awaitAlerts(int count) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                alertsTo(funderCoordinator).size() == count && alertsTo(recipientCoordinator).size() == count);
    }

    @Test
    void theFunderAndTheRecipientHearOf180_90And30DaysEachOnce() {
        alerts.send(on(sunset.minusDays(181)));
        alerts.send(on(sunset.minusDays(180)));
        awaitAlerts(1);
        alerts.send(on(sunset.minusDays(180)));
        alerts.send(on(sunset.minusDays(120)));
        alerts.send(on(sunset.minusDays(90)));
        alerts.send(on(sunset.minusDays(89)));
        awaitAlerts(2);
        alerts.send(on(sunset.minusDays(30)));
        alerts.send(on(sunset.minusDays(29)));
        alerts.send(on(sunset));
        alerts.send(on(sunset.plusDays(1)));
        awaitAlerts(3);

        assertThat(alertsTo(funderCoordinator)).containsExactly("180", "90", "30");
        assertThat(alertsTo(recipientCoordinator)).containsExactly("180", "90", "30");
        assertThat(jdbc.queryForList("select threshold_days from funding_sunset_alert where agreement_id = ? order by 1",
                Integer.class, agreement)).containsExactly(30, 90, 180);
        assertThat(jdbc.queryForObject("select link from notification where account_id = ? and kind = 'funding.sunset' limit 1",
                String.class, funderCoordinator.id())).isEqualTo("/funding/agreements/" + agreement + "/phase-out");
        // the job's writes are audited, once per alert
        assertThat(jdbc.queryForList("""
                select changes::jsonb -> 'thresholdDays' ->> 'after' from audit_entry
                where entity_type = 'funding-sunset-alert' and entity_id = ? and action = 'sent' order by id""",
                String.class, String.valueOf(agreement))).containsExactly("180", "90", "30");
    }

    @Test
    void aJobThatWasDownSendsTheMostUrgentDueAlertOnly() {
        alerts.send(on(sunset.minusDays(60)));
        awaitAlerts(1);
        alerts.send(on(sunset.minusDays(59)));
        alerts.send(on(sunset.minusDays(31)));
        alerts.send(on(sunset.minusDays(30)));
        awaitAlerts(2);
        assertThat(alertsTo(funderCoordinator)).containsExactly("90", "30");
    }

    @Test
    void twoRunsAtOnceSendEachAlertOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Integer> run = () -> alerts.send(on(sunset.minusDays(180)));
            List<Future<Integer>> runs = pool.invokeAll(List.of(run, run, run, run));
            int sent = 0;
            for (Future<Integer> r : runs) {
                sent += r.get();
            }
            assertThat(sent).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        awaitAlerts(1);
        Thread.sleep(1000); // a second notification, were there one, would have been delivered now
        assertThat(alertsTo(funderCoordinator)).containsExactly("180");
        assertThat(alertsTo(recipientCoordinator)).containsExactly("180");
    }

    @Test
    void aSunsetMovedLaterHasAlertsOfItsOwn() {
        alerts.send(on(sunset.minusDays(30)));
        awaitAlerts(1);
        LocalDate later = sunset.plusYears(1);
        fixtures.plan(agreement, later);
        alerts.send(on(later.minusDays(180)));
        awaitAlerts(2);
        assertThat(alertsTo(funderCoordinator)).containsExactly("30", "180");
    }
}
