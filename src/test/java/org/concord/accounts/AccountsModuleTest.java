package org.concord.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.concord.TestActors;
import org.concord.audit.EntityChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accounts with what they depend on (audit, organisations for the organisations roles are given in, shared): an
 * administrator creates an account, its creation is announced for the audit log, and its owner signs in with the
 * one-time password and is sent to choose a new one. The module brings Concord's security configuration itself, so
 * it boots without extra includes.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@AutoConfigureMockMvc
class AccountsModuleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAccountAnAdministratorCreatesSignsInAndMustChooseAPassword(Scenario scenario) throws Exception {
        String username = "module-test-" + System.nanoTime() % 1_000_000;
        long undp = jdbc.queryForObject("select id from organisation where slug = 'undp'", Long.class);

        String[] oneTimePassword = new String[1];
        scenario.stimulate(() -> {
                    try {
                        oneTimePassword[0] = (String) mvc.perform(post("/admin/accounts").with(csrf())
                                        .with(authentication(TestActors.admin()))
                                        .param("username", username).param("displayName", "Module Test")
                                        .param("email", username + "@example.org")
                                        .param("grants[0].role", "COORDINATOR")
                                        .param("grants[0].organisationId", String.valueOf(undp)))
                                .andReturn().getFlashMap().get("oneTimePassword");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .andWaitForEventOfType(EntityChanged.class)
                .matching(e -> e.entityType().equals("account") && e.action().equals("created"))
                .toArriveAndVerify(e -> assertThat(e.changes().get("username").after()).isEqualTo(username));

        assertThat(oneTimePassword[0]).hasSize(16);
        var signedIn = mvc.perform(formLogin("/sign-in").user(username).password(oneTimePassword[0]))
                .andExpect(redirectedUrl("/")).andReturn();
        mvc.perform(get("/organisations/new").cookie(signedIn.getResponse().getCookie("SESSION")))
                .andExpect(redirectedUrl("/account/password"));
    }
}
