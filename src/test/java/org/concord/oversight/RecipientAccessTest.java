package org.concord.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
 * Who reads a report, through the officers' API: its recipients, also after changing their password, and after an
 * administrator's reset once the recovery key restored their access; an officer of another body never (404).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecipientAccessTest extends OversightTestBase {

    static final String NEW_PASSWORD = "Tangerine-Lattice-Orbit-94";

    @Autowired
    MockMvc mvc;

    private long submit(OversightFixture.Body body, String what) throws Exception {
        mvc.perform(post("/api/v1/oversight/channels/" + body.slug() + "/reports").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"UNLAWFUL_FORCE\", \"answers\": {\"what\": [\"" + what + "\"]}, \"anonymous\": true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.receipt").value(Matchers.matchesPattern("\\d{4} \\d{4} \\d{4} \\d{4}")));
        return jdbc.queryForObject("select max(r.id) from oversight_report r join oversight_channel c on c.id = r.channel_id "
                + "where c.slug = ?", Long.class, body.slug());
    }

    @Test
    void aRecipientWhoChangesTheirPasswordStillReadsTheirOldReports() throws Exception {
        OversightFixture.Body body = fixture().body();
        long id = submit(body, "Shots fired at a checkpoint");
        mvc.perform(put("/api/v1/account/password").with(officerApi(body, OversightFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"" + OversightFixture.PASSWORD + "\", \"newPassword\": \"" + NEW_PASSWORD + "\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/oversight/reports/" + id).with(officerApi(body, NEW_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers.answers.what[0]").value("Shots fired at a checkpoint"));
        mvc.perform(post("/api/v1/oversight/reports/" + id + "/messages").with(officerApi(body, NEW_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"We are looking into it.\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void theRecoveryKeyRegainsAccessAfterAnAdministratorResetThePassword() throws Exception {
        OversightFixture.Body body = fixture().body();
        long id = submit(body, "Money demanded at the border post");
        String oneTime = (String) mvc.perform(post("/admin/accounts/" + body.officerId() + "/password").with(csrf())
                .with(authentication(TestActors.admin()))).andReturn().getFlashMap().get("oneTimePassword");
        // the one-time password must be replaced on the page before anything else
        jakarta.servlet.http.Cookie session = mvc.perform(formLogin("/sign-in").user(body.officer()).password(oneTime))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", oneTime)
                .param("newPassword", NEW_PASSWORD).param("confirmation", NEW_PASSWORD)).andExpect(status().is3xxRedirection());

        // the key is still sealed under the forgotten password
        mvc.perform(get("/api/v1/oversight/reports/" + id).with(officerApi(body, NEW_PASSWORD)))
                .andExpect(status().isConflict());
        var officer = OversightFixture.as(body.officerId(), body.officer(), new Grant(Role.OVERSIGHT_OFFICER, body.organisationId()));
        TestActors.runAs(officer, () -> {
            recipientKeys.enrol(NEW_PASSWORD.toCharArray());
            return null;
        });
        mvc.perform(get("/api/v1/oversight/reports/" + id).with(officerApi(body, NEW_PASSWORD)))
                .andExpect(status().isNotFound());

        int restored = TestActors.runAs(TestActors.admin(),
                () -> recoveryKeys.restoreAccess(body.organisationId(), OversightFixture.RECOVERY_PASSPHRASE));
        assertThat(restored).isEqualTo(1);
        mvc.perform(get("/api/v1/oversight/reports/" + id).with(officerApi(body, NEW_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers.answers.what[0]").value("Money demanded at the border post"));
    }

    @Test
    void anOfficerOfAnotherBodyIsToldTheReportDoesNotExist() throws Exception {
        OversightFixture.Body ours = fixture().body();
        OversightFixture.Body theirs = fixture().body();
        long id = submit(ours, "Detained without a warrant");

        mvc.perform(get("/api/v1/oversight/reports/" + id).with(officerApi(theirs, OversightFixture.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/oversight/reports/" + id + "/notes").with(officerApi(theirs, OversightFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"peek\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/oversight/reports").with(officerApi(theirs, OversightFixture.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", Matchers.not(Matchers.hasItem((int) id))));
        var other = OversightFixture.as(theirs.officerId(), theirs.officer(), new Grant(Role.OVERSIGHT_OFFICER, theirs.organisationId()));
        mvc.perform(get("/oversight/reports/" + id).with(authentication(other))).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/oversight/reports").with(officerApi(ours, OversightFixture.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", Matchers.hasItem((int) id)));
    }
}
