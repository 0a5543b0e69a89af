package org.concord.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import org.concord.notifications.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The inbox as its owner and others meet it: header count, list, marking read, preferences, through pages and API. */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    People people;
    Person owner;
    Person other;

    @BeforeEach
    void twoPeople() {
        people = new People(jdbc);
        owner = people.account("owner", "en", null);
        other = people.account("other", "en", null);
    }

    /** A notification in {@code person}'s inbox, {@code minutesAgo} old. */
    long notify(Person person, String argument, int minutesAgo) {
        return jdbc.queryForObject("""
                insert into notification (account_id, kind, message_key, arguments, link, created_at)
                values (?, 'test', 'notifications.check', ?, '/organisations', ?) returning id""", Long.class,
                person.id(), new String[] {argument}, Timestamp.from(Instant.now().minusSeconds(60L * minutesAgo)));
    }

    String page(String path, Person who) throws Exception {
        return mvc.perform(get(path).with(authentication(who.signedIn())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theHeaderCountsTheSignedInPersonsUnreadNotificationsOnly() throws Exception {
        notify(owner, "one", 2);
        notify(owner, "two", 1);
        notify(other, "someone else's", 1);

        assertThat(page("/organisations", owner)).contains("aria-label=\"Notifications, 2 unread\"")
                .contains("<span class=\"badge\" aria-hidden=\"true\">2</span>");
        assertThat(page("/organisations", other)).contains("aria-label=\"Notifications, 1 unread\"");
        String anonymous = mvc.perform(get("/organisations")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(anonymous).doesNotContain("href=\"/notifications\"");
    }

    @Test
    void theInboxListsTheOwnersNotificationsNewestFirstInTheReadersLanguage() throws Exception {
        notify(owner, "older", 10);
        notify(owner, "newer", 1);
        notify(other, "not yours", 1);

        String inbox = page("/notifications", owner);
        assertThat(inbox).contains("2 notifications, 2 unread");
        assertThat(inbox.indexOf("Delivery check: newer")).isPositive().isLessThan(inbox.indexOf("Delivery check: older"));
        assertThat(inbox).doesNotContain("not yours");

        String french = mvc.perform(get("/notifications").param("lang", "fr").with(authentication(owner.signedIn())))
                .andReturn().getResponse().getContentAsString();
        assertThat(french).contains("Vérification de l’envoi : newer");
    }

    @Test
    void theOwnerMarksOneAndThenAllReadWithoutJavaScript() throws Exception {
        long first = notify(owner, "first", 3);
        notify(owner, "second", 2);
        notify(owner, "third", 1);

        mvc.perform(post("/notifications/{id}/read", first).with(csrf()).with(authentication(owner.signedIn())))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/notifications", owner)).contains("3 notifications, 2 unread")
                .contains("aria-label=\"Notifications, 2 unread\"");

        mvc.perform(post("/notifications/read").with(csrf()).with(authentication(owner.signedIn())))
                .andExpect(status().is3xxRedirection());
        String inbox = page("/notifications", owner);
        assertThat(inbox).contains("3 notifications, 0 unread").doesNotContain("Mark all as read")
                .contains("aria-label=\"Notifications\"");
    }

    @Test
    void markingReadNeedsTheCsrfToken() throws Exception {
        long id = notify(owner, "guarded", 1);
        mvc.perform(post("/notifications/{id}/read", id).with(authentication(owner.signedIn())))
                .andExpect(status().isForbidden());
        assertThat(unread(owner)).isEqualTo(1);
    }

    @Test
    void nobodyElseSeesOrMarksAPersonsNotifications() throws Exception {
        long id = notify(owner, "private", 1);

        mvc.perform(post("/notifications/{id}/read", id).with(csrf()).with(authentication(other.signedIn())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notifications/{id}/read", id).with(authentication(other.signedIn())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notifications/read").with(authentication(other.signedIn())))
                .andExpect(status().isOk());
        assertThat(unread(owner)).isEqualTo(1);
        assertThat(page("/notifications", other)).doesNotContain("private");
        String api = mvc.perform(get("/api/v1/notifications").with(authentication(other.signedIn())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(api).doesNotContain("private");

        mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiListsAndMarksTheOwnersNotifications() throws Exception {
        long id = notify(owner, "by api", 1);
        String list = mvc.perform(get("/api/v1/notifications").header("Accept-Language", "es")
                        .with(authentication(owner.signedIn())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Comprobación del envío: by api").contains("\"unread\":1");

        mvc.perform(post("/api/v1/notifications/{id}/read", id).with(authentication(owner.signedIn())))
                .andExpect(status().isNoContent());
        String count = mvc.perform(get("/api/v1/notifications/unread-count").with(authentication(owner.signedIn())))
                .andReturn().getResponse().getContentAsString();
        assertThat(count).isEqualTo("{\"unread\":0}");
    }

    @Test
    void aLongInboxIsPaged() throws Exception {
        for (int i = 0; i < 25; i++) {
            notify(owner, "item " + i, 100 - i);
        }
        String first = page("/notifications", owner);
        assertThat(first).contains("1 of 2").contains("href=\"/notifications?page=1\"").contains("item 24")
                .doesNotContain("item 4<");
        String second = page("/notifications?page=1", owner);
        assertThat(second).contains("2 of 2").contains("item 4<").doesNotContain("item 24");
    }

    @Test
    void changingPreferencesIsAuditedAndChangesTheLanguageOfEmails() throws Exception {
        assertThat(page("/notifications/preferences", owner)).contains("value=\"DAILY\" checked");

        mvc.perform(post("/notifications/preferences").param("delivery", "IMMEDIATE").param("language", "UK")
                        .with(csrf()).with(authentication(owner.signedIn())))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select delivery from notification_preference where account_id = ?",
                String.class, owner.id())).isEqualTo("IMMEDIATE");
        assertThat(jdbc.queryForObject("select preferred_language from account where id = ?", String.class, owner.id()))
                .isEqualTo("uk");
        assertThat(jdbc.queryForList("""
                select entity_type || ' ' || action || ' ' || actor from audit_entry where entity_id = ?
                and entity_type in ('notification-preference', 'account') order by id""", String.class,
                String.valueOf(owner.id())))
                .containsExactly("notification-preference created " + owner.username(),
                        "account language-changed " + owner.username());
        assertThat(page("/notifications/preferences", owner)).contains("value=\"IMMEDIATE\" checked");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/notifications/preferences")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"delivery\": \"NONE\", \"language\": \"UK\"}")
                        .with(authentication(owner.signedIn())))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList("""
                select changes::text from audit_entry where entity_id = ? and entity_type = 'notification-preference'
                order by id""", String.class, String.valueOf(owner.id())))
                .hasSize(2).last().asString().contains("IMMEDIATE").contains("NONE");
    }

    @Test
    void aPreferenceWithoutAValueIsRefusedWithAMessage() throws Exception {
        String page = mvc.perform(post("/notifications/preferences").param("language", "EN")
                        .with(csrf()).with(authentication(owner.signedIn())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"error\"");
        assertThat(jdbc.queryForObject("select count(*) from notification_preference where account_id = ?",
                Long.class, owner.id())).isZero();
    }

    private long unread(Person person) {
        return jdbc.queryForObject("select count(*) from notification where account_id = ? and read_at is null",
                Long.class, person.id());
    }
}
