package org.concord.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Base64;
import org.concord.TestActors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A session's rights follow its account at once: a demoted person loses the role on the next request, a deactivated
 * or reset account's sessions end, a password change ends the account's other sessions and keeps the one that made
 * it; the API checks the account on every request. Concord's public address is https here, so the session cookie is
 * Secure and browsers are told to keep to HTTPS even when no proxy header says how the request came.
 * (Anonymous visits and the sign-in form's CSRF token are tested over real HTTP in {@code BehindATlsProxyTest}: the
 * test support's {@code csrf()} replaces the application's CSRF token store for the whole context.)
 */
@SpringBootTest(properties = "concord.base-url=https://concord.example.org")
@AutoConfigureMockMvc
class SessionsFollowTheAccountTest {

    private static final String PASSWORD = "a long enough secret";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDemotedCoordinatorLosesTheRoleOnTheNextRequestOfTheSessionAlreadyOpen() throws Exception {
        long id = createAccount("sofia", "COORDINATOR");
        Cookie session = signInWithOwnPassword("sofia");
        mvc.perform(get("/organisations/new").cookie(session)).andExpect(status().isOk());

        changeRoles(id, "TRAINEE");
        mvc.perform(get("/organisations/new").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/organisations").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/organisations/new\""))));

        // given the role back, the same session has it again at once
        changeRoles(id, "COORDINATOR");
        mvc.perform(get("/organisations/new").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aDeactivatedAccountsSessionsEndOnTheirNextRequest() throws Exception {
        long id = createAccount("tomas", "COORDINATOR");
        Cookie first = signInWithOwnPassword("tomas");
        Cookie second = signIn("tomas", PASSWORD);
        assertThat(sessionsOf("tomas")).isEqualTo(2);

        mvc.perform(post("/admin/accounts/" + id + "/active").param("active", "false").with(csrf())
                .with(authentication(TestActors.admin()))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/overlaps").cookie(first)).andExpect(redirectedUrl("/sign-in?ended"));
        mvc.perform(post("/organisations").cookie(second).with(csrf()).param("type", "DONOR"))
                .andExpect(redirectedUrl("/sign-in?ended"));
        assertThat(sessionsOf("tomas")).isZero();
        mvc.perform(get("/overlaps").cookie(first)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/sign-in").param("ended", ""))
                .andExpect(content().string(Matchers.containsString("You have been signed out because your account was changed")));
    }

    @Test
    void aPasswordResetEndsTheAccountsSessions() throws Exception {
        long id = createAccount("ursula", "COORDINATOR");
        Cookie session = signInWithOwnPassword("ursula");
        mvc.perform(get("/organisations/new").cookie(session)).andExpect(status().isOk());

        MvcResult reset = mvc.perform(post("/admin/accounts/" + id + "/password").with(csrf())
                .with(authentication(TestActors.admin()))).andReturn();
        String oneTime = (String) reset.getFlashMap().get("oneTimePassword");
        mvc.perform(get("/organisations/new").cookie(session)).andExpect(redirectedUrl("/sign-in?ended"));
        assertThat(sessionsOf("ursula")).isZero();
        mvc.perform(formLogin("/sign-in").user("ursula").password(oneTime)).andExpect(redirectedUrl("/"));
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessionsAndKeepsTheOneThatChangedIt() throws Exception {
        createAccount("viktor", "COORDINATOR");
        Cookie first = signInWithOwnPassword("viktor");
        Cookie here = signIn("viktor", PASSWORD);
        Cookie elsewhere = signIn("viktor", PASSWORD);

        mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "another long secret").param("confirmation", "another long secret"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/organisations/new").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/organisations/new").cookie(elsewhere)).andExpect(redirectedUrl("/sign-in?ended"));
        mvc.perform(get("/overlaps").cookie(first)).andExpect(redirectedUrl("/sign-in?ended"));
        assertThat(sessionsOf("viktor")).isEqualTo(1);
        mvc.perform(get("/overlaps").cookie(here)).andExpect(status().isOk());
    }

    @Test
    void theApiChecksTheAccountOnEveryRequest() throws Exception {
        long id = createAccount("wanda", "ADMIN");
        signInWithOwnPassword("wanda");
        mvc.perform(basic(get("/api/v1/audit/verification"), "wanda", PASSWORD)).andExpect(status().isOk());
        changeRoles(id, "TRAINEE");
        mvc.perform(basic(get("/api/v1/audit/verification"), "wanda", PASSWORD)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + id + "/active").param("active", "false").with(csrf())
                .with(authentication(TestActors.admin()))).andExpect(status().is3xxRedirection());
        mvc.perform(basic(get("/api/v1/audit/verification"), "wanda", PASSWORD)).andExpect(status().isUnauthorized());
    }

    @Test
    void browsersAreToldToKeepToHttpsSinceThePublicAddressIsHttps() throws Exception {
        createAccount("xenia", "TRAINEE");
        Cookie session = signIn("xenia", passwords.get("xenia"));
        assertThat(session.getSecure()).as("the session cookie is Secure although the request came over http").isTrue();
        mvc.perform(get("/organisations"))
                .andExpect(header().string("Strict-Transport-Security", Matchers.startsWith("max-age=31536000")));
        mvc.perform(get("/api/v1/organisations"))
                .andExpect(header().string("Strict-Transport-Security", Matchers.startsWith("max-age=31536000")));
    }

    // --- helpers

    private final java.util.Map<String, String> passwords = new java.util.HashMap<>();

    /** Creates an account holding {@code role} (in UNDP, or everywhere for ADMIN) and notes its one-time password. */
    private long createAccount(String username, String role) throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/accounts").with(csrf()).with(authentication(TestActors.admin()))
                .param("username", username).param("displayName", "Test " + username)
                .param("email", username + "@example.org").param("grants[0].role", role);
        if (!role.equals("ADMIN")) {
            request.param("grants[0].organisationId", String.valueOf(undp()));
        }
        MvcResult result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
        passwords.put(username, (String) result.getFlashMap().get("oneTimePassword"));
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    /** Signs in with the one-time password and replaces it with {@link #PASSWORD}; returns the session cookie. */
    private Cookie signInWithOwnPassword(String username) throws Exception {
        Cookie session = signIn(username, passwords.get(username));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", passwords.get(username))
                .param("newPassword", PASSWORD).param("confirmation", PASSWORD)).andExpect(redirectedUrl("/"));
        passwords.put(username, PASSWORD);
        return session;
    }

    private Cookie signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/sign-in").user(username).password(password))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    private void changeRoles(long id, String role) throws Exception {
        String username = jdbc.queryForObject("select username from account where id = ?", String.class, id);
        MockHttpServletRequestBuilder request = post("/admin/accounts/" + id).with(csrf()).with(authentication(TestActors.admin()))
                .param("username", username).param("displayName", "Test " + username)
                .param("email", username + "@example.org").param("grants[0].role", role);
        if (!role.equals("ADMIN")) {
            request.param("grants[0].organisationId", String.valueOf(undp()));
        }
        mvc.perform(request).andExpect(redirectedUrl("/admin/accounts/" + id));
    }

    private long undp() {
        return jdbc.queryForObject("select id from organisation where slug = 'undp'", Long.class);
    }

    private int sessions() {
        return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }

    private int sessionsOf(String username) {
        return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class, username);
    }

    private static MockHttpServletRequestBuilder basic(MockHttpServletRequestBuilder request, String user, String password) {
        return request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()));
    }
}
