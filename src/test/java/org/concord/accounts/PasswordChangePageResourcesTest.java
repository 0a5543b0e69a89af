package org.concord.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person who must replace a one-time password sees the password page whole: its logo, style sheet and every
 * other static file load, while every other page still sends them back to it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordChangePageResourcesTest {

    @Autowired
    MockMvc mvc;

    Cookie signInWithAOneTimePassword(JdbcTemplate jdbc, PasswordEncoder encoder) throws Exception {
        jdbc.update("""
                insert into account (username, display_name, password_hash, must_change_password)
                values ('first-timer', 'First Timer', ?, true) on conflict (username) do nothing""",
                encoder.encode("one time password 1"));
        Cookie session = mvc.perform(formLogin("/sign-in").user("first-timer").password("one time password 1"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/activities").cookie(session)).andExpect(redirectedUrl("/account/password"));
        return session;
    }

    @Test
    void theLogoAndEveryStaticFileLoadOnThePasswordChangePage(@Autowired JdbcTemplate jdbc,
                                                              @Autowired PasswordEncoder encoder) throws Exception {
        Cookie session = signInWithAOneTimePassword(jdbc, encoder);
        String page = mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<String> linked = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"(/[^\"?#]*\\.(?:svg|css|js|png|ico|geojson))\"").matcher(page);
        while (m.find()) {
            linked.add(m.group(1));
        }
        // the logo and the stylesheet, at their versioned addresses (concord-<hash>.svg)
        assertThat(linked).as("what the page loads").anyMatch(p -> p.matches("/images/concord-[0-9a-f]{32}\\.svg"))
                .anyMatch(p -> p.matches("/css/concord-[0-9a-f]{32}\\.css"));
        for (String path : linked) {
            mvc.perform(get(path).cookie(session)).andExpect(status().isOk());
        }
        // and every file Concord serves from its static folder, so that a new folder is not forgotten
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:static/**/*.*")) {
            String url = file.getURL().toString();
            String path = url.substring(url.lastIndexOf("/static/") + "/static".length());
            mvc.perform(get(path).cookie(session)).andExpect(status().isOk());
        }
    }
}
