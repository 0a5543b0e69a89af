package org.concord.funding.internal.phaseout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.concord.ConcordApplication;
import org.concord.funding.FundingFixtures;
import org.concord.notifications.People.Person;
import org.concord.shared.database.EmbeddedDatabase;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Two Concord instances on one database, as behind a load balancer, both running the sunset-alert job at the same
 * moment (as a job run late on one and on time on the other would): each alert goes out once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SunsetAlertsTwoInstancesTest {

    private Path directory;
    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;

    @BeforeAll
    void startTwoInstances() throws Exception {
        directory = Files.createTempDirectory("concord-sunset-two-instances-");
        a = start();
        b = start();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ConcordApplication.class).run("--server.port=0",
                "--spring.main.banner-mode=off", "--db-scheduler.polling-interval=200ms",
                "--concord.database.directory=" + directory, "--concord.database.temporary=true",
                "--concord.admin.password=first-Start-2026!");
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        EmbeddedDatabase.stop(directory);
        FileSystemUtils.deleteRecursively(directory.toFile());
    }

    @Test
    void bothInstancesRunningTheJobAtOnceSendEachAlertOnce() throws Exception {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        FundingFixtures fixtures = new FundingFixtures(jdbc);
        long funder = fixtures.organisation("Funder");
        long recipient = fixtures.organisation("Police");
        Person funderCoordinator = fixtures.people.account("funder-coordinator", "en", null, new Grant(Role.COORDINATOR, funder));
        Person policeCoordinator = fixtures.people.account("police-coordinator", "uk", null, new Grant(Role.COORDINATOR, recipient));
        LocalDate sunset = LocalDate.of(2030, 3, 31);
        long agreement = fixtures.agreement(funder, recipient, "UA", "EUR", "250000", LocalDate.of(2027, 1, 1), sunset);
        fixtures.plan(agreement, sunset);

        // the job is known once to the scheduler, whichever instance registered it
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'funding-sunset-alerts'",
                Integer.class)).isEqualTo(1);

        String alerts = "select arguments[2] from notification where account_id = ? and kind = 'funding.sunset' order by id";
        int expected = 0;
        for (LocalDate day : List.of(sunset.minusDays(180), sunset.minusDays(90), sunset.minusDays(89), sunset.minusDays(30))) {
            Clock clock = Clock.fixed(day.atTime(5, 15).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                Callable<Integer> onA = () -> a.getBean(SunsetAlerts.class).send(clock);
                Callable<Integer> onB = () -> b.getBean(SunsetAlerts.class).send(clock);
                int sent = 0;
                for (Future<Integer> run : pool.invokeAll(List.of(onA, onB, onA, onB))) {
                    sent += run.get();
                }
                assertThat(sent).as("alerts sent on " + day).isEqualTo(day.equals(sunset.minusDays(89)) ? 0 : 1);
            } finally {
                pool.shutdown();
            }
            // each alert reaches the inboxes (in the background, on the instance that sent it) before the next day's
            // job runs: two deliveries under way at once on two instances could be written in either order
            expected += day.equals(sunset.minusDays(89)) ? 0 : 1;
            int inboxes = expected;
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                    jdbc.queryForList(alerts, String.class, funderCoordinator.id()).size() == inboxes
                            && jdbc.queryForList(alerts, String.class, policeCoordinator.id()).size() == inboxes);
        }
        Thread.sleep(1000); // a duplicate, were there one, would have been delivered by now
        assertThat(jdbc.queryForList(alerts, String.class, funderCoordinator.id())).containsExactly("180", "90", "30");
        assertThat(jdbc.queryForList(alerts, String.class, policeCoordinator.id())).containsExactly("180", "90", "30");
    }
}
