package org.concord.accounts.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Base64;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A new password must be long enough and hard to guess: common passwords, passwords like them, keyboard rows,
 * dates and the person's own name are refused with the reason, on the page and in the API, in the reader's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordStrengthTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void theFormRefusesACommonPasswordAndSaysWhy() throws Exception {
        account("weakling", "Weak Ling", "weakling's first password 1");
        Cookie session = mvc.perform(formLogin("/sign-in").user("weakling").password("weakling's first password 1"))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");

        mvc.perform(change(session, "weakling's first password 1", "password1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This is one of the most used passwords.")));
        mvc.perform(change(session, "weakling's first password 1", "qwertyuiop[]"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Rows of keys on a keyboard are easy to guess.")));
        mvc.perform(change(session, "weakling's first password 1", "Weak Ling 2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Your username, your name, your email address")));
        mvc.perform(change(session, "weakling's first password 1", "password1234").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("C&#39;est l&#39;un des mots de passe les plus utilisés.")));

        mvc.perform(change(session, "weakling's first password 1", "seven orange kites hum"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theApiRefusesAGuessablePasswordWithTheRuleAndTheReason() throws Exception {
        account("apiweak", "Api Weak", "api weak's first password 9");
        mvc.perform(put("/api/v1/account/password").header("Authorization", basic("apiweak", "api weak's first password 9"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"api weak's first password 9\",\"newPassword\":\"iloveyou1234\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"))
                .andExpect(jsonPath("$.errors[0].rule").value("password-like-common"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.startsWith("This is like a commonly used password.")));
        mvc.perform(put("/api/v1/account/password").header("Authorization", basic("apiweak", "api weak's first password 9"))
                        .header("Accept-Language", "uk").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"api weak's first password 9\",\"newPassword\":\"abcdefghijklmnop\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("password-sequence"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.startsWith("Послідовності")));

        mvc.perform(put("/api/v1/account/password").header("Authorization", basic("apiweak", "api weak's first password 9"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"api weak's first password 9\",\"newPassword\":\"seven orange kites hum\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/v1/account/password").header("Authorization", basic("apiweak", "seven orange kites hum"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"wrong\",\"newPassword\":\"another fine phrase 42\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("wrong-password"));
    }

    private void account(String username, String name, String password) {
        jdbc.update("""
                insert into account (username, display_name, email, password_hash, must_change_password)
                values (?, ?, ?, ?, false)""", username, name, username + "@example.org", encoder.encode(password));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder change(
            Cookie session, String current, String candidate) {
        return post("/account/password").cookie(session).with(csrf()).param("currentPassword", current)
                .param("newPassword", candidate).param("confirmation", candidate);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}
