package org.concord.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What anyone may read by GET they may also ask about by HEAD (link checkers, caches, previews send it): the same
 * status and headers (the servlet container leaves the body out); what needs signing in still does.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicReadsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anyoneMayAskAboutAPublicPageOrApiAddressByHead() throws Exception {
        for (String path : new String[] {"/", "/organisations", "/activities", "/exchange-rates/annual", "/standards",
                "/funding/agreements", "/api/v1/organisations", "/api/v1/exchange-rates", "/api/v1/standards/frameworks"}) {
            MockHttpServletResponse byGet = mvc.perform(get(path)).andReturn().getResponse();
            MockHttpServletResponse byHead = mvc.perform(head(path)).andReturn().getResponse();
            assertThat(byGet.getStatus()).as("GET " + path).isEqualTo(200);
            assertThat(byHead.getStatus()).as("HEAD " + path).isEqualTo(200);
            assertThat(byHead.getContentType()).as("HEAD " + path).isEqualTo(byGet.getContentType());
        }
    }

    @Test
    void headDoesNotOpenWhatNeedsSigningIn() throws Exception {
        mvc.perform(head("/admin/accounts")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
        mvc.perform(head("/oversight/cases")).andExpect(status().is3xxRedirection());
        mvc.perform(head("/api/v1/notifications")).andExpect(status().isUnauthorized());
        mvc.perform(head("/api/v1/oversight/cases")).andExpect(status().isUnauthorized());
    }
}
