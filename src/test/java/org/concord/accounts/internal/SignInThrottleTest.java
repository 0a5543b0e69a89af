package org.concord.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sign-in throttling as a person at the sign-in form or an API client meets it: attempts are reserved before the
 * password is checked (so parallel guesses cannot overrun the limit), counted per username and source address and
 * per source address overall (so an attacker elsewhere cannot lock the owner out), the same for usernames that
 * exist and usernames that do not, and lifted by an administrator.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottleTest {

    /** The README's limits: 5 attempts per username and address, 30 failed attempts per address in an hour. */
    static final int PER_ACCOUNT_AND_ADDRESS = 5;
    static final int PER_ADDRESS = 30;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AccountDetails details;
    @Autowired
    SignInThrottle throttle;

    @Test
    void sixtyParallelWrongPasswordsGetExactlyFivePasswordChecks() throws Exception {
        account("racer", "racer's real password 41");
        CountingEncoder counting = new CountingEncoder(encoder);
        AccountAuthentication authentication = new AccountAuthentication(details, counting, throttle);

        ExecutorService pool = Executors.newFixedThreadPool(60);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                String guess = "guess number " + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        authentication.authenticate(attempt("racer", guess, "198.51.100.60"));
                        return true;
                    } catch (AuthenticationException refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            for (Future<Boolean> outcome : outcomes) {
                assertThat(outcome.get()).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(counting.checks.get()).as("passwords checked").isEqualTo(PER_ACCOUNT_AND_ADDRESS);
    }

    @Test
    void anAttackersFailuresFromOneAddressDoNotRefuseTheOwnersCorrectPasswordFromAnother() throws Exception {
        account("owner", "owner's own password 77");
        for (int i = 0; i < 12; i++) {
            mvc.perform(signIn("owner", "attacker guess " + i, "203.0.113.66"))
                    .andExpect(redirectedUrl(i < PER_ACCOUNT_AND_ADDRESS ? "/sign-in?error" : "/sign-in?throttled=1"));
        }
        // the attacker's address is refused even the right password...
        mvc.perform(signIn("owner", "owner's own password 77", "203.0.113.66")).andExpect(redirectedUrl("/sign-in?throttled=1"));
        // ...while the owner, elsewhere, signs in
        mvc.perform(signIn("owner", "owner's own password 77", "192.0.2.10")).andExpect(redirectedUrl("/"));
        // and over the API too
        mvc.perform(api("owner", "owner's own password 77", "192.0.2.10")).andExpect(status().isOk());
    }

    @Test
    void oneAddressTryingManyUsernamesIsRefusedAsAWholeWhileOtherAddressesAreNot() throws Exception {
        account("sprayed", "sprayed person's password 12");
        for (int i = 0; i < PER_ADDRESS; i++) {
            mvc.perform(signIn("sprayed-" + i, "Summer2024!", "203.0.113.30")).andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(signIn("sprayed", "sprayed person's password 12", "203.0.113.30"))
                .andExpect(redirectedUrl("/sign-in?throttled-address=1"));
        mvc.perform(get("/sign-in").param("throttled-address", "1")).andExpect(content().string(Matchers.containsString(
                "Too many failed sign-in attempts from your network address. Try again in 1 minute(s).")));
        mvc.perform(api("sprayed", "sprayed person's password 12", "203.0.113.30"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));

        mvc.perform(signIn("sprayed", "sprayed person's password 12", "192.0.2.30")).andExpect(redirectedUrl("/"));
    }

    @Test
    void anAdministratorSeesAndLiftsTheThrottleOfAnAccountAndNobodyElseMay() throws Exception {
        long id = account("locked", "locked person's password 3");
        for (int i = 0; i < PER_ACCOUNT_AND_ADDRESS; i++) {
            mvc.perform(signIn("locked", "wrong " + i, "198.51.100.5")).andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(signIn("locked", "locked person's password 3", "198.51.100.5")).andExpect(redirectedUrl("/sign-in?throttled=1"));

        mvc.perform(get("/admin/accounts/" + id).with(authentication(TestActors.admin())))
                .andExpect(content().string(Matchers.containsString("Sign-in is refused for this account from 1 address(es)")))
                .andExpect(content().string(Matchers.containsString("198.51.100.5")));

        var coordinator = TestActors.as("a-coordinator", new Grant(Role.COORDINATOR, 1L));
        mvc.perform(post("/admin/accounts/" + id + "/unlock").with(csrf()).with(authentication(coordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + id + "/unlock").with(authentication(TestActors.admin())))
                .andExpect(status().isForbidden());
        mvc.perform(signIn("locked", "locked person's password 3", "198.51.100.5")).andExpect(redirectedUrl("/sign-in?throttled=1"));

        mvc.perform(post("/admin/accounts/" + id + "/unlock").with(csrf()).with(authentication(TestActors.admin())))
                .andExpect(redirectedUrl("/admin/accounts/" + id));
        mvc.perform(signIn("locked", "locked person's password 3", "198.51.100.5")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'account' and entity_id = ?",
                String.class, String.valueOf(id))).contains("sign-in-throttled", "sign-in-unlocked");
    }

    @Test
    void aUsernameThatDoesNotExistGetsTheSameAnswersAsOneThatDoes() throws Exception {
        account("existing", "existing person's password 8");
        for (int i = 0; i < PER_ACCOUNT_AND_ADDRESS; i++) {
            MvcResult known = mvc.perform(signIn("existing", "wrong " + i, "198.51.100.77")).andReturn();
            MvcResult unknown = mvc.perform(signIn("nobody-by-that-name", "wrong " + i, "198.51.100.78")).andReturn();
            assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo(known.getResponse().getRedirectedUrl())
                    .isEqualTo("/sign-in?error");
        }
        MvcResult known = mvc.perform(signIn("existing", "wrong again", "198.51.100.77")).andReturn();
        MvcResult unknown = mvc.perform(signIn("nobody-by-that-name", "wrong again", "198.51.100.78")).andReturn();
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo(known.getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?throttled=1");

        // the API: 401 for a wrong password, then 429 with the same wait, whether the username exists or not
        MvcResult knownApi = mvc.perform(api("existing", "wrong", "198.51.100.79")).andExpect(status().isUnauthorized()).andReturn();
        MvcResult unknownApi = mvc.perform(api("nobody-by-that-name", "wrong", "198.51.100.80")).andExpect(status().isUnauthorized()).andReturn();
        assertThat(unknownApi.getResponse().getContentAsString()).isEqualTo(knownApi.getResponse().getContentAsString());
        for (int i = 1; i < PER_ACCOUNT_AND_ADDRESS; i++) {
            mvc.perform(api("existing", "wrong", "198.51.100.79"));
            mvc.perform(api("nobody-by-that-name", "wrong", "198.51.100.80"));
        }
        MvcResult knownThrottled = mvc.perform(api("existing", "wrong", "198.51.100.79")).andExpect(status().isTooManyRequests()).andReturn();
        MvcResult unknownThrottled = mvc.perform(api("nobody-by-that-name", "wrong", "198.51.100.80")).andExpect(status().isTooManyRequests()).andReturn();
        assertThat(unknownThrottled.getResponse().getContentAsString()).isEqualTo(knownThrottled.getResponse().getContentAsString())
                .contains("Try again in 1 minute(s).");
        assertThat(Integer.parseInt(unknownThrottled.getResponse().getHeader("Retry-After"))).isBetween(1, 30);

        // the time is the same by design: an unknown username costs one password check too, against a fixed hash
        CountingEncoder counting = new CountingEncoder(encoder);
        AccountAuthentication authentication = new AccountAuthentication(details, counting, throttle);
        try {
            authentication.authenticate(attempt("nobody-else", "any password at all", "198.51.100.81"));
        } catch (AuthenticationException expected) {
            assertThat(expected.getMessage()).isEqualTo("Wrong username or password");
        }
        assertThat(counting.checks.get()).isEqualTo(1);
    }

    @Test
    void thePurgeRemovesCountsThatNoLongerRefuseAnythingAndKeepsTheOthers() {
        jdbc.update("""
                insert into sign_in_throttle (scope, username, address, attempts, window_start, blocked_until) values
                  ('account', 'purge-old', '192.0.2.200', 3, now() - interval '25 hours', null),
                  ('account', 'purge-refused', '192.0.2.200', 9, now() - interval '25 hours', now() + interval '20 minutes'),
                  ('account', 'purge-recent', '192.0.2.200', 2, now() - interval '2 hours', null),
                  ('address', '', '192.0.2.201', 12, now() - interval '61 minutes', null)""");
        throttle.purge();
        assertThat(jdbc.queryForList("select username || '@' || address from sign_in_throttle where address like '192.0.2.20_'",
                String.class)).containsExactlyInAnyOrder("purge-refused@192.0.2.200", "purge-recent@192.0.2.200");
    }

    @Test
    void anIpv6AddressCountsAsItsSlash64AndNothingIsLookedUp() {
        assertThat(SourceAddress.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
        assertThat(SourceAddress.of("2001:db8:1:2::17")).isEqualTo("2001:db8:1:2::/64");
        assertThat(SourceAddress.of("::ffff:198.51.100.4")).isEqualTo("198.51.100.4");
        assertThat(SourceAddress.of("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(SourceAddress.of("cafe")).isEqualTo("cafe");
        assertThat(SourceAddress.of((String) null)).isEqualTo(SourceAddress.UNKNOWN);
    }

    private long account(String username, String password) {
        return jdbc.queryForObject("""
                insert into account (username, display_name, password_hash, must_change_password)
                values (?, ?, ?, false) returning id""", Long.class, username, "Test " + username, encoder.encode(password));
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/sign-in").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    static MockHttpServletRequestBuilder api(String username, String password, String address) {
        return get("/api/v1/notifications").with(request -> {
            request.setRemoteAddr(address);
            request.addHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes()));
            return request;
        });
    }

    /** The application's encoder, counting how many passwords it checks. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();
        private final PasswordEncoder delegate;

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return delegate.matches(raw, encoded);
        }
    }
}
