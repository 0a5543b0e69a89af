package org.concord.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Channels administered over the API go through the same rules as the pages: the body's coordinator opens and
 * changes them (audited), others are refused, and refusals of input name the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChannelApiTest extends OversightTestBase {

    @Autowired
    MockMvc mvc;

    static String channel(long org, String slug, long recipient, String name) {
        return """
                {"organisationId": %d, "slug": "%s",
                 "texts": [{"language": "en", "name": "%s"}, {"language": "fr", "name": "Marchés publics"}],
                 "recipients": [%d], "categories": ["PROCUREMENT_FRAUD", "OTHER"],
                 "questions": [{"key": "what", "kind": "LONG_TEXT", "required": true, "labels": {"en": "What did you see?"}},
                               {"key": "seen", "kind": "CHOICE", "labels": {"en": "Did you see it?"},
                                "options": "yes | Yes | Oui\\nno | No | Non"}],
                 "acknowledgeDays": 7, "feedbackDays": 90, "retentionDays": 1826, "open": true}
                """.formatted(org, slug, name, recipient);
    }

    @Test
    void theBodysCoordinatorOpensListsAndChangesAChannel() throws Exception {
        long body = fixture().organisation("api-body-" + System.nanoTime(), "OVERSIGHT_BODY");
        long officer = fixture().account("api-officer-" + System.nanoTime(), Role.OVERSIGHT_OFFICER, body);
        var coordinator = TestActors.as("api-coordinator", new Grant(Role.COORDINATOR, body));
        String slug = "api-procurement-" + System.nanoTime();

        String location = mvc.perform(post("/api/v1/oversight/channels").with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(channel(body, slug, officer, "Procurement")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.slug").value(slug))
                .andExpect(jsonPath("$.recipients[0]").value(officer))
                .andReturn().getResponse().getHeader("Location");
        long id = jdbc.queryForObject("select id from oversight_channel where slug = ?", Long.class, slug);
        assertThat(location).isEqualTo("/api/v1/oversight/channels/" + id + "/settings");
        assertThat(jdbc.queryForList("select actor from audit_entry where entity_type = 'oversight-channel' "
                + "and action = 'created' and entity_id = ?", String.class, String.valueOf(id))).containsExactly("api-coordinator");

        mvc.perform(get("/api/v1/oversight/channels").param("administered", "true").with(authentication(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.slug == '" + slug + "')].recipients[0]").value(Matchers.contains((int) officer)));
        mvc.perform(get(location).with(authentication(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions[1].options").value(Matchers.containsString("no | No | Non")));
        // the public list shows no recipients
        mvc.perform(get("/api/v1/oversight/channels"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("recipients"))));

        mvc.perform(put("/api/v1/oversight/channels/" + id).with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(channel(body, slug, officer, "Defence procurement")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Defence procurement"));
        assertThat(jdbc.queryForList("select actor from audit_entry where entity_type = 'oversight-channel' "
                + "and action = 'updated' and entity_id = ?", String.class, String.valueOf(id))).containsExactly("api-coordinator");
    }

    @Test
    void theOpenApiDocumentDescribesTheAdministration() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/oversight/channels'].post.summary").value("Open a channel for an oversight body"))
                .andExpect(jsonPath("$.paths['/api/v1/oversight/channels/{id}'].put.summary").value("Change a channel"))
                .andExpect(jsonPath("$.paths['/api/v1/oversight/channels/{id}/settings'].get").exists());
    }

    @Test
    void refusalsNameTheField() throws Exception {
        long body = fixture().organisation("api-rules-" + System.nanoTime(), "OVERSIGHT_BODY");
        long ngo = fixture().organisation("api-ngo-" + System.nanoTime(), "CIVIL_SOCIETY");
        long outsider = fixture().account("api-outsider-" + System.nanoTime(), Role.OVERSIGHT_OFFICER, ngo);
        var coordinator = TestActors.as("api-coordinator-2", new Grant(Role.COORDINATOR, body));

        mvc.perform(post("/api/v1/oversight/channels").with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(channel(body, "Not A Slug", outsider, "x")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("slug")));
        mvc.perform(post("/api/v1/oversight/channels").with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(channel(body, "api-ok-" + System.nanoTime(), outsider, "x")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("recipients")));
        assertThat(jdbc.queryForObject("select count(*) from oversight_channel where organisation_id = ?", Integer.class, body)).isZero();
    }

    @Test
    void othersAreRefused() throws Exception {
        long body = fixture().organisation("api-refused-" + System.nanoTime(), "OVERSIGHT_BODY");
        long ngo = fixture().organisation("api-refused-ngo-" + System.nanoTime(), "CIVIL_SOCIETY");
        long officerId = fixture().account("api-refused-officer-" + System.nanoTime(), Role.OVERSIGHT_OFFICER, body);
        var ngoCoordinator = TestActors.as("api-ngo-coordinator", new Grant(Role.COORDINATOR, ngo));
        var officer = TestActors.as("api-officer", new Grant(Role.OVERSIGHT_OFFICER, body));
        String json = channel(body, "api-refused-" + System.nanoTime(), officerId, "Refused");

        mvc.perform(post("/api/v1/oversight/channels").with(authentication(ngoCoordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/oversight/channels").with(authentication(officer))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/oversight/channels").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/oversight/channels").param("administered", "true").with(authentication(ngoCoordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/oversight/channels").param("administered", "true").with(authentication(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/oversight/channels").param("administered", "true"))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from oversight_channel where organisation_id = ?", Integer.class, body)).isZero();

        mvc.perform(post("/api/v1/oversight/channels").with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated());
        long id = jdbc.queryForObject("select id from oversight_channel where organisation_id = ?", Long.class, body);
        // a channel one may not administer is not found, whether the id exists or not
        mvc.perform(put("/api/v1/oversight/channels/" + id).with(authentication(ngoCoordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/oversight/channels/" + id + "/settings").with(authentication(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/oversight/channels/" + id).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnauthorized());
    }
}
