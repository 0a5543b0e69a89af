package org.concord.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.notifications.People.grant;

import java.util.List;
import java.util.Locale;
import org.concord.notifications.People.Person;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The module with what it depends on (accounts, organisations, audit, shared): a request published by another
 * module reaches the people it names, each once, and reads in each one's language.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class NotificationModuleTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;

    @Test
    void aRequestReachesTheRoleHoldersOfTheOrganisationAndAboveAndTheNamedAccountsInTheirLanguages(Scenario scenario) {
        People people = new People(jdbc);
        long ministry = people.organisation("Ministry of Interior", null);
        long inspectorate = people.organisation("Police Inspectorate", ministry);
        long elsewhere = people.organisation("Another Body", null);
        Person ministryCoordinator = people.account("coord-ministry", "fr", "fr@example.org", grant(Role.COORDINATOR, ministry));
        Person inspectorateCoordinator = people.account("coord-insp", "ru", null, grant(Role.COORDINATOR, inspectorate));
        Person trainerThere = people.account("trainer-insp", "es", null, grant(Role.TRAINER, inspectorate));
        Person coordinatorElsewhere = people.account("coord-else", "uk", null, grant(Role.COORDINATOR, elsewhere));
        Person formerCoordinator = people.account("coord-former", "fr", null, grant(Role.COORDINATOR, inspectorate));
        people.deactivate(formerCoordinator);
        // named as well as holding the role: hears once
        Person named = people.account("named", "ar", null, grant(Role.COORDINATOR, inspectorate));
        Person neverChose = people.account("never-chose", null, null);

        NotificationRequested request = new NotificationRequested("oversight.deadline",
                java.util.Set.of(named.id(), neverChose.id()),
                java.util.Set.of(new NotificationRequested.RoleHolders(Role.COORDINATOR, inspectorate, true)),
                "notifications.check", List.of("42"), "/organisations/" + inspectorate);

        scenario.publish(request)
                .andWaitForStateChange(() -> notifications.unreadCount(neverChose.id()), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));

        assertThat(textFor(ministryCoordinator, "fr")).containsExactly("Vérification de l’envoi : 42");
        assertThat(textFor(inspectorateCoordinator, "ru")).containsExactly("Проверка доставки: 42");
        assertThat(textFor(named, "ar")).containsExactly("التحقق من التسليم: 42");
        assertThat(textFor(neverChose, "en")).containsExactly("Delivery check: 42");
        assertThat(notifications.unreadCount(trainerThere.id())).isZero();
        assertThat(notifications.unreadCount(coordinatorElsewhere.id())).isZero();
        assertThat(notifications.unreadCount(formerCoordinator.id())).isZero();

        NotificationView view = notifications.inbox(named.id(), 0, 10, Locale.ENGLISH).items().get(0);
        assertThat(view.link()).isEqualTo("/organisations/" + inspectorate);
        assertThat(view.kind()).isEqualTo("oversight.deadline");
        assertThat(view.read()).isFalse();
    }

    @Test
    void theDailyDigestIsAJobInScheduledTasks() {
        // the scheduler registers its recurring jobs as it starts, once the application is ready
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(jdbc.queryForList("select task_name from scheduled_tasks", String.class))
                        .contains("notifications-daily-digest"));
    }

    private List<String> textFor(Person person, String language) {
        return notifications.inbox(person.id(), 0, 10, Locale.forLanguageTag(language)).items().stream()
                .map(NotificationView::text).toList();
    }
}
