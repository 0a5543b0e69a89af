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

import org.concord.TestActors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** An administrator creates an account; its owner signs in, must replace the one-time password; throttling. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountJourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    /** Creates an account through the administration page and returns its one-time password. */
    String createAccount(String username) throws Exception {
        long undp = jdbc.queryForObject("select id from organisation where slug = 'undp'", Long.class);
        MvcResult result = mvc.perform(post("/admin/accounts").with(csrf()).with(authentication(TestActors.admin()))
                        .param("username", username).param("displayName", "Test " + username)
                        .param("email", username + "@example.org")
                        .param("grants[0].role", "COORDINATOR").param("grants[0].organisationId", String.valueOf(undp)))
                .andExpect(status().is3xxRedirection()).andReturn();
        String password = (String) result.getFlashMap().get("oneTimePassword");
        assertThat(password).hasSize(16);
        return password;
    }

    @Test
    void anAdministratorCreatesAnAccountWhoseOwnerMustChooseANewPasswordAtFirstSignIn() throws Exception {
        String oneTime = createAccount("amina");
        assertThat(jdbc.queryForObject("select password_hash from account where username = 'amina'", String.class))
                .startsWith("{argon2}$argon2id$").doesNotContain(oneTime);

        MvcResult signedIn = mvc.perform(formLogin("/sign-in").user("amina").password(oneTime))
                .andExpect(redirectedUrl("/")).andReturn();
        jakarta.servlet.http.Cookie session = signedIn.getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie (Spring Session)").isNotNull();
        mvc.perform(get("/organisations/new").cookie(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", oneTime).param("newPassword", "short").param("confirmation", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The password must have between 12 and 128 characters.")));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", oneTime).param("newPassword", "a long enough secret")
                        .param("confirmation", "a long enough secret"))
                .andExpect(redirectedUrl("/"));
        // a coordinator of UNDP may now open the form to create an organisation
        mvc.perform(get("/organisations/new").cookie(session)).andExpect(status().isOk());

        mvc.perform(formLogin("/sign-in").user("amina").password(oneTime)).andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(formLogin("/sign-in").user("Amina").password("a long enough secret")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aDeactivatedAccountCannotSignInAndAResetGivesANewOneTimePassword() throws Exception {
        String oneTime = createAccount("boris");
        long id = jdbc.queryForObject("select id from account where username = 'boris'", Long.class);
        mvc.perform(post("/admin/accounts/" + id + "/active").param("active", "false").with(csrf())
                .with(authentication(TestActors.admin()))).andExpect(redirectedUrl("/admin/accounts/" + id));
        mvc.perform(formLogin("/sign-in").user("boris").password(oneTime)).andExpect(redirectedUrl("/sign-in?deactivated"));
        // a wrong password does not reveal that the account is deactivated
        mvc.perform(formLogin("/sign-in").user("boris").password("wrong password")).andExpect(redirectedUrl("/sign-in?error"));

        mvc.perform(post("/admin/accounts/" + id + "/active").param("active", "true").with(csrf())
                .with(authentication(TestActors.admin())));
        MvcResult reset = mvc.perform(post("/admin/accounts/" + id + "/password").with(csrf())
                .with(authentication(TestActors.admin()))).andReturn();
        String newPassword = (String) reset.getFlashMap().get("oneTimePassword");
        assertThat(newPassword).isNotEqualTo(oneTime);
        mvc.perform(formLogin("/sign-in").user("boris").password(oneTime)).andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(formLogin("/sign-in").user("boris").password(newPassword)).andExpect(redirectedUrl("/"));

        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'account' and entity_id = ? order by id",
                String.class, String.valueOf(id))).containsExactly("created", "deactivated", "activated", "password-reset");
    }

    @Test
    void afterFiveFailedAttemptsSignInIsRefusedForADelayThatGrows() throws Exception {
        String password = createAccount("carla");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").user("carla").password("guess " + i)).andExpect(redirectedUrl("/sign-in?error"));
        }
        // even the right password is refused now, with how long to wait
        mvc.perform(formLogin("/sign-in").user("carla").password(password)).andExpect(redirectedUrl("/sign-in?throttled=1"));
        mvc.perform(get("/sign-in").param("throttled", "1"))
                .andExpect(content().string(Matchers.containsString(
                        "Too many failed sign-in attempts with this username from your network address. Try again in 1 minute(s).")));

        expireDelay("carla");
        mvc.perform(formLogin("/sign-in").user("carla").password("guess 6")).andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(formLogin("/sign-in").user("carla").password(password)).andExpect(redirectedUrl("/sign-in?throttled=1"));
        expireDelay("carla");
        mvc.perform(formLogin("/sign-in").user("carla").password("guess 7")).andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(formLogin("/sign-in").user("carla").password(password)).andExpect(redirectedUrl("/sign-in?throttled=2"));

        expireDelay("carla");
        mvc.perform(formLogin("/sign-in").user("carla").password(password)).andExpect(redirectedUrl("/"));
        // a successful sign-in forgets the failures counted for the username from that address
        assertThat(jdbc.queryForObject("select count(*) from sign_in_throttle where username = 'carla'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'sign-in-throttled' and entity_id = "
                + "(select id::text from account where username = 'carla')", Integer.class)).isEqualTo(3);
    }

    @Test
    void theApiRefusesAThrottledAccountTooAndSaysWhenToTryAgain() throws Exception {
        String password = createAccount("dmytro");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/audit/verification").with(request -> {
                request.addHeader("Authorization", basic("dmytro", "nope"));
                return request;
            })).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/audit/verification").with(request -> {
            request.addHeader("Authorization", basic("dmytro", password));
            return request;
        })).andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", Matchers.matchesRegex("[1-9][0-9]*")))
                .andExpect(jsonPath("$.detail").value(
                        "Too many failed sign-in attempts with this username from your network address. Try again in 1 minute(s)."));
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    /** Lets the delay pass (instead of sleeping): the refusal's end is moved into the past. */
    private void expireDelay(String username) {
        jdbc.update("update sign_in_throttle set blocked_until = now() - interval '1 second' where username = ?", username);
    }
}
