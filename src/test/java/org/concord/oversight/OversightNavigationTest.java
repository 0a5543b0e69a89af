package org.concord.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** The header shows "Oversight" to officers and "Channels" to those who may administer a body's channels. */
@SpringBootTest
@AutoConfigureMockMvc
class OversightNavigationTest extends OversightTestBase {

    private static final String INBOX_LINK = "href=\"/oversight\"";
    private static final String CHANNELS_LINK = "href=\"/oversight/channels\"";

    @Autowired
    MockMvc mvc;

    private String header(Authentication who, String lang) throws Exception {
        var request = get("/organisations").param("lang", lang);
        if (who != null) {
            request = request.with(authentication(who));
        }
        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return page.substring(0, page.indexOf("<main"));
    }

    @Test
    void eachSeesTheLinksTheirRolesOpen() throws Exception {
        long body = fixture().organisation("nav-body-" + System.nanoTime(), "OVERSIGHT_BODY");
        long ngo = fixture().organisation("nav-ngo-" + System.nanoTime(), "CIVIL_SOCIETY");

        String officer = header(TestActors.as("nav-officer", new Grant(Role.OVERSIGHT_OFFICER, body)), "en");
        assertThat(officer).contains(INBOX_LINK, ">Oversight<").doesNotContain(CHANNELS_LINK);

        String coordinator = header(TestActors.as("nav-coordinator", new Grant(Role.COORDINATOR, body)), "fr");
        assertThat(coordinator).contains(CHANNELS_LINK, ">Canaux<").doesNotContain(INBOX_LINK);

        String admin = header(TestActors.admin(), "ar");
        assertThat(admin).contains(CHANNELS_LINK, ">القنوات<");

        String ngoCoordinator = header(TestActors.as("nav-ngo", new Grant(Role.COORDINATOR, ngo)), "en");
        assertThat(ngoCoordinator).doesNotContain(CHANNELS_LINK, INBOX_LINK);

        assertThat(header(null, "en")).doesNotContain(CHANNELS_LINK, INBOX_LINK);
    }
}
