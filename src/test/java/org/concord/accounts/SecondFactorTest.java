package org.concord.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The second factor: an oversight officer enrols (QR code and key, a first code, ten recovery codes) before reaching
 * any page, passes it at each sign-in, cannot use a code twice, is throttled after wrong codes, may use each recovery
 * code once; an administrator resets it; the API asks for a code in a header. Every step leaves an audit row.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecondFactorTest {

    private static final String PASSWORD = "a long enough secret";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerEnrolsBeforeReachingAnyPageAndThenPassesTheSecondStepAtEachSignIn() throws Exception {
        long id = createAccount("olga", "OVERSIGHT_OFFICER");
        Cookie session = signInWithOwnPassword("olga");
        mvc.perform(get("/organisations").cookie(session)).andExpect(redirectedUrl("/sign-in/second-factor"));
        mvc.perform(get("/sign-in/second-factor").cookie(session)).andExpect(redirectedUrl("/sign-in/second-factor/enrol"));
        String page = mvc.perform(get("/sign-in/second-factor/enrol").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("src=\"data:image/svg+xml;base64,")))
                .andReturn().getResponse().getContentAsString();
        String secret = TotpCodes.secretFrom(page);
        assertThat(secret).hasSize(32);
        // the page shown again keeps the same key (an app may have scanned it already)
        assertThat(TotpCodes.secretFrom(mvc.perform(get("/sign-in/second-factor/enrol").cookie(session))
                .andReturn().getResponse().getContentAsString())).isEqualTo(secret);

        mvc.perform(post("/sign-in/second-factor/enrol").cookie(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("This code is wrong")));
        String firstCode = TotpCodes.now(secret);
        MvcResult enrolled = mvc.perform(post("/sign-in/second-factor/enrol").cookie(session).with(csrf())
                        .param("code", firstCode))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store")).andReturn();
        List<String> codes = recoveryCodes(enrolled.getResponse().getContentAsString());
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("select code_hash from account_recovery_code where account_id = ?", String.class, id))
                .hasSize(10).doesNotContainAnyElementsOf(codes);
        assertThat(jdbc.queryForObject("select encode(secret, 'escape') from account_second_factor where account_id = ?",
                String.class, id)).doesNotContain(secret);
        session = cookieOf(enrolled, session);
        mvc.perform(get("/organisations").cookie(session)).andExpect(status().isOk());
        assertThat(actions(id)).contains("second-factor-enrolled");

        // a new sign-in: the second step, where the code just used is refused (the very code typed at enrolment, so a
        // 30-second step ending meanwhile changes nothing) and the next step's code accepted
        Cookie again = signIn("olga", PASSWORD);
        mvc.perform(get("/organisations").cookie(again)).andExpect(redirectedUrl("/sign-in/second-factor"));
        mvc.perform(get("/sign-in/second-factor").cookie(again)).andExpect(status().isOk());
        mvc.perform(post("/sign-in/second-factor").cookie(again).with(csrf()).param("code", firstCode))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("already used")));
        MvcResult passed = mvc.perform(post("/sign-in/second-factor").cookie(again).with(csrf())
                .param("code", TotpCodes.next(secret))).andExpect(redirectedUrl("/organisations")).andReturn();
        Cookie renewed = cookieOf(passed, again);
        assertThat(renewed.getValue()).as("a new session id once the second factor passed").isNotEqualTo(again.getValue());
        mvc.perform(get("/organisations").cookie(renewed)).andExpect(status().isOk());

        // a recovery code works once
        Cookie third = signIn("olga", PASSWORD);
        Cookie afterRecovery = cookieOf(mvc.perform(post("/sign-in/second-factor").cookie(third).with(csrf())
                .param("code", codes.get(0).toUpperCase())).andExpect(redirectedUrl("/")).andReturn(), third);
        mvc.perform(get("/account/second-factor").cookie(afterRecovery)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("9 unused recovery code(s) left")));
        Cookie fourth = signIn("olga", PASSWORD);
        mvc.perform(post("/sign-in/second-factor").cookie(fourth).with(csrf()).param("code", codes.get(0)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("This code is wrong")));
        assertThat(actions(id)).contains("recovery-code-used");
    }

    @Test
    void wrongCodesAreThrottledAndAnAdministratorCanResetTheSecondFactor() throws Exception {
        long id = createAccount("pavel", "OVERSIGHT_OFFICER");
        Cookie session = signInWithOwnPassword("pavel");
        String secret = enrol(session);
        Cookie next = signIn("pavel", PASSWORD);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/sign-in/second-factor").cookie(next).with(csrf()).param("code", "000000"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/sign-in/second-factor").cookie(next).with(csrf()).param("code", TotpCodes.next(secret)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Too many wrong codes")));
        assertThat(actions(id)).contains("second-factor-throttled");

        mvc.perform(post("/admin/accounts/" + id + "/second-factor/reset").with(csrf())
                .with(authentication(TestActors.admin()))).andExpect(redirectedUrl("/admin/accounts/" + id));
        assertThat(actions(id)).contains("second-factor-reset");
        mvc.perform(get("/sign-in/second-factor").cookie(signIn("pavel", PASSWORD)))
                .andExpect(redirectedUrl("/sign-in/second-factor/enrol"));
        // only administrators reset
        mvc.perform(post("/admin/accounts/" + id + "/second-factor/reset").with(csrf())
                .with(authentication(TestActors.as("someone", new org.concord.shared.security.Grant(
                        org.concord.shared.security.Role.COORDINATOR, undp()))))).andExpect(status().isForbidden());
    }

    @Test
    void theApiAsksAnOfficerForACurrentCodeInAHeader() throws Exception {
        createAccount("quinn", "OVERSIGHT_OFFICER");
        Cookie session = signInWithOwnPassword("quinn");
        mvc.perform(basic(get("/api/v1/organisations"), "quinn"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://concord.example.org/problems/second-factor-not-enrolled"));
        String secret = enrol(session);
        mvc.perform(basic(get("/api/v1/organisations"), "quinn"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("X-Concord-TOTP")));
        mvc.perform(basic(get("/api/v1/organisations"), "quinn").header("X-Concord-TOTP", "000000"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://concord.example.org/problems/second-factor-wrong-code"));
        String code = TotpCodes.next(secret);
        mvc.perform(basic(get("/api/v1/organisations"), "quinn").header("X-Concord-TOTP", code)).andExpect(status().isOk());
        // a script may send the same code with each request of its step, but not an older one
        mvc.perform(basic(get("/api/v1/organisations"), "quinn").header("X-Concord-TOTP", code)).andExpect(status().isOk());
        mvc.perform(basic(get("/api/v1/organisations"), "quinn").header("X-Concord-TOTP", TotpCodes.previous(secret)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void othersNeedNoSecondFactorUnlessTheyEnrolAndMayTurnItOff() throws Exception {
        long id = createAccount("rita", "COORDINATOR");
        Cookie session = signInWithOwnPassword("rita");
        mvc.perform(get("/organisations/new").cookie(session)).andExpect(status().isOk());
        mvc.perform(basic(get("/api/v1/organisations"), "rita")).andExpect(status().isOk());
        mvc.perform(get("/account/second-factor").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Second factor: none.")));
        String secret = enrol(session);
        mvc.perform(basic(get("/api/v1/organisations"), "rita")).andExpect(status().isUnauthorized());
        Cookie next = signIn("rita", PASSWORD);
        mvc.perform(get("/organisations/new").cookie(next)).andExpect(redirectedUrl("/sign-in/second-factor"));
        // the very code used to sign in, not the next step's code computed again: a 30-second step ending between the
        // two would make that a fresh code, accepted
        String signInCode = TotpCodes.next(secret);
        next = cookieOf(mvc.perform(post("/sign-in/second-factor").cookie(next).with(csrf())
                .param("code", signInCode)).andExpect(redirectedUrl("/organisations/new")).andReturn(), next);
        mvc.perform(post("/account/second-factor/disable").cookie(next).with(csrf()).param("code", signInCode))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("already used")));
        assertThat(actions(id)).doesNotContain("second-factor-disabled");
        assertThat(jdbc.queryForObject("select count(*) from account_second_factor where account_id = ?", Integer.class, id))
                .isOne();
    }

    // --- helpers

    private final java.util.Map<String, String> passwords = new java.util.HashMap<>();

    /** Enrols the session's account; returns the secret. */
    private String enrol(Cookie session) throws Exception {
        String secret = TotpCodes.secretFrom(mvc.perform(get("/sign-in/second-factor/enrol").cookie(session))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(post("/sign-in/second-factor/enrol").cookie(session).with(csrf()).param("code", TotpCodes.now(secret)))
                .andExpect(status().isOk());
        return secret;
    }

    private List<String> actions(long id) {
        return jdbc.queryForList("select action from audit_entry where entity_type = 'account' and entity_id = ?",
                String.class, String.valueOf(id));
    }

    private static List<String> recoveryCodes(String html) {
        Matcher m = Pattern.compile("<code translate=\"no\">([a-z2-7]{5}-[a-z2-7]{5})</code>").matcher(html);
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private static Cookie cookieOf(MvcResult result, Cookie previous) {
        Cookie renewed = result.getResponse().getCookie("SESSION");
        return renewed != null ? renewed : previous;
    }

    private long createAccount(String username, String role) throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/accounts").with(csrf()).with(authentication(TestActors.admin()))
                .param("username", username).param("displayName", "Test " + username)
                .param("email", username + "@example.org").param("grants[0].role", role)
                .param("grants[0].organisationId", String.valueOf(undp()));
        MvcResult result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
        passwords.put(username, (String) result.getFlashMap().get("oneTimePassword"));
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

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
        return result.getResponse().getCookie("SESSION");
    }

    private long undp() {
        return jdbc.queryForObject("select id from organisation where slug = 'undp'", Long.class);
    }

    private MockHttpServletRequestBuilder basic(MockHttpServletRequestBuilder request, String user) {
        return request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + passwords.get(user)).getBytes()));
    }
}
