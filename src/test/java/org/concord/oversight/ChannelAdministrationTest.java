package org.concord.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who may open and change a body's channels: administrators and the body's coordinators, nobody else. */
@SpringBootTest
@AutoConfigureMockMvc
class ChannelAdministrationTest extends OversightTestBase {

    @Autowired
    MockMvc mvc;

    private MockHttpServletRequestBuilder create(long org, String slug) {
        return post("/oversight/channels").with(csrf()).param("organisationId", String.valueOf(org)).param("slug", slug)
                .param("texts[0].language", "en").param("texts[0].name", "Defence procurement whistleblowing")
                .param("categories", "PROCUREMENT_FRAUD", "CORRUPTION_BRIBERY")
                .param("questions[0].key", "what").param("questions[0].kind", "LONG_TEXT")
                .param("questions[0].required", "true").param("questions[0].labels[en]", "What did you see?")
                .param("questions[0].labels[fr]", "Qu'avez-vous vu ?")
                .param("acknowledgeDays", "7").param("feedbackDays", "90").param("retentionDays", "1826").param("open", "true");
    }

    @Test
    void theBodysCoordinatorOpensAChannelAndTheAuditLogRecordsIt() throws Exception {
        long body = fixture().organisation("committee-" + System.nanoTime(), "OVERSIGHT_BODY");
        var coordinator = TestActors.as("coordinator-of-body", new Grant(Role.COORDINATOR, body));
        mvc.perform(get("/oversight/channels/new").param("organisationId", String.valueOf(body)).with(authentication(coordinator)))
                .andExpect(status().isOk());
        String slug = "procurement-" + System.nanoTime();
        mvc.perform(create(body, slug).with(authentication(coordinator))).andExpect(redirectedUrl("/oversight/channels"));

        assertThat(jdbc.queryForObject("select questionnaire::text from oversight_channel where slug = ?", String.class, slug))
                .contains("What did you see?", "Qu'avez-vous vu ?");
        assertThat(jdbc.queryForList("select actor from audit_entry where entity_type = 'oversight-channel' and action = 'created' "
                        + "and entity_id = (select id::text from oversight_channel where slug = ?)", String.class, slug))
                .containsExactly("coordinator-of-body");
        mvc.perform(get("/report/" + slug)).andExpect(status().isOk());
    }

    @Test
    void othersAreRefused() throws Exception {
        long body = fixture().organisation("inspectorate-" + System.nanoTime(), "OVERSIGHT_BODY");
        long ngo = fixture().organisation("ngo-" + System.nanoTime(), "CIVIL_SOCIETY");
        var ngoCoordinator = TestActors.as("coordinator-of-ngo", new Grant(Role.COORDINATOR, ngo));
        var officer = TestActors.as("officer-of-body", new Grant(Role.OVERSIGHT_OFFICER, body));

        mvc.perform(create(ngo, "ngo-channel-" + System.nanoTime()).with(authentication(ngoCoordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(create(body, "not-mine-" + System.nanoTime()).with(authentication(ngoCoordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(create(body, "officer-" + System.nanoTime()).with(authentication(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/oversight/channels/new").param("organisationId", String.valueOf(body)).with(authentication(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(create(body, "anonymous-" + System.nanoTime())).andExpect(status().is3xxRedirection());
        mvc.perform(create(body, "admin-" + System.nanoTime()).with(authentication(TestActors.admin())))
                .andExpect(redirectedUrl("/oversight/channels"));
    }
}
