package org.concord.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;
import org.concord.notifications.Delivery;
import org.concord.notifications.NotificationRequested;
import org.concord.notifications.Notifications;
import org.concord.notifications.People;
import org.concord.notifications.People.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail through a real SMTP server (GreenMail, started here on a free port): at once for those who chose it,
 * in their language; the daily digest job run by hand with a fixed clock.
 */
@SpringBootTest
class NotificationMailTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "localhost");
        properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Notifications notifications;
    @Autowired
    DailyDigest digest;

    /** As another module does: inside the transaction of its write; then waits for the inbox to have it. */
    void request(Person to, String argument) {
        long before = notifications.unreadCount(to.id());
        transaction.executeWithoutResult(status -> events.publishEvent(NotificationRequested.toAccounts(
                "test.check", List.of(to.id()), "/organisations/1", "notifications.check", argument)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> notifications.unreadCount(to.id()) > before);
    }

    List<MimeMessage> messagesTo(Person person) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(person.email()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void someoneWhoChoseImmediateEmailGetsOneInTheirLanguageAndOthersDoNot() throws Exception {
        People people = new People(jdbc);
        Person immediate = people.account("immediate", "fr", "immediat@example.org");
        people.prefer(immediate, Delivery.IMMEDIATE);
        Person daily = people.account("daily", "fr", "quotidien@example.org");
        Person none = people.account("none", "fr", "aucun@example.org");
        people.prefer(none, Delivery.NONE);

        transaction.executeWithoutResult(status -> events.publishEvent(NotificationRequested.toAccounts("test.check",
                List.of(immediate.id(), daily.id(), none.id()), "/organisations/7", "notifications.check", "échéance")));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> messagesTo(immediate).size() == 1);
        MimeMessage mail = messagesTo(immediate).get(0);
        assertThat(mail.getSubject()).isEqualTo("Concord : Vérification de l’envoi : échéance");
        assertThat(mail.getContent().toString()).contains("Vérification de l’envoi : échéance")
                .contains("L’ouvrir dans Concord : http://localhost:8080/organisations/7")
                .contains("http://localhost:8080/notifications/preferences");
        // marked sent as the job's transaction commits, just after the server took the message
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where account_id = ? and emailed_at is not null",
                Long.class, immediate.id()) == 1);

        Thread.sleep(1500); // a scheduler poll: nothing else goes out
        // nothing goes out at once to the daily reader: the one e-mail they may get is the 06:00 UTC digest, should the
        // scheduled job run meanwhile
        assertThat(messagesTo(daily)).allSatisfy(m -> assertThat(m.getSubject()).contains("résumé du jour"));
        assertThat(messagesTo(none)).isEmpty();
        assertThat(messagesTo(immediate)).hasSize(1);
    }

    @Test
    void theDailyDigestSendsOneEmailWithWhatIsUnreadSinceTheLastOneAndNoneWhenThereIsNothing() throws Exception {
        People people = new People(jdbc);
        Person reader = people.account("digest-reader", "es", "lector@example.org");
        request(reader, "primero");
        request(reader, "segundo");
        request(reader, "leído");
        jdbc.update("update notification set read_at = now() where account_id = ? and arguments[1] = 'leído'", reader.id());

        Clock sixAm = Clock.fixed(Instant.now().plusSeconds(60), ZoneOffset.UTC);
        digest.send(sixAm);

        List<MimeMessage> mails = messagesTo(reader);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Concord: su resumen diario (2)");
        assertThat(mails.get(0).getContent().toString())
                .contains("Notificaciones sin leer desde su último resumen: 2")
                .contains("Comprobación del envío: primero").contains("Comprobación del envío: segundo")
                .doesNotContain("leído").contains("http://localhost:8080/organisations/1");

        digest.send(Clock.offset(sixAm, Duration.ofDays(1)));
        assertThat(messagesTo(reader)).as("nothing new: no second digest").hasSize(1);

        request(reader, "tercero");
        digest.send(Clock.offset(sixAm, Duration.ofDays(2)));
        assertThat(messagesTo(reader)).hasSize(2);
        String second = messagesTo(reader).get(1).getContent().toString();
        assertThat(second).contains("tercero").doesNotContain("primero");
    }
}
