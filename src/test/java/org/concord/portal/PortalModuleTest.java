package org.concord.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.concord.projects.HandEnteredActivities;
import org.concord.projects.internal.activities.ActivityEditing;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal with the modules it composes its pages from (projects, organisations, shared): a visitor who is not
 * signed in opens a country's page and sees the activity just entered there, read through the projects API.
 * {@code accounts} is included as well although the portal does not use it: it holds Concord's security
 * configuration, which says that these pages are public (without it Spring Boot's default would ask every visitor to
 * sign in), and the sign-in link of the page layout. {@code standards} is there for funding (whose section the country
 * page shows), which reads indicators through it.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"accounts", "standards", "exchangerates"})
@AutoConfigureMockMvc
class PortalModuleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ActivityEditing editing;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    HandEnteredActivities entered;

    @BeforeEach
    void fixtures() {
        entered = new HandEnteredActivities(editing, json, jdbc);
    }

    @AfterEach
    void removeFixtures() {
        entered.removeAll();
    }

    @Test
    void aVisitorSeesTheActivitiesOfACountryOnItsPage() throws Exception {
        entered.enter("XM-DAC-41114-MODULE-PORTAL", "Police oversight in Armenia, portal module test", "AM");

        mvc.perform(get("/countries/AM").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Armenia")))
                .andExpect(content().string(Matchers.containsString("Police oversight in Armenia, portal module test")));
    }
}
