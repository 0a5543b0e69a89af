package org.concord.projects.internal.activities;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** A hand edit meets the importer's rules, checked on the activity as entered, and hears of each broken one. */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityEditingRulesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    Authentication coordinatorOfUndp() {
        long id = jdbc.queryForObject("select id from organisation where slug = 'undp'", Long.class);
        return TestActors.as("coordinator-undp-rules", new Grant(Role.COORDINATOR, id));
    }

    /** A budget without the end of its period and a transaction without a type: two rules an import also applies. */
    static String brokenActivity() {
        return """
                {"identifier": "XM-DAC-41114-HAND-RULES", "defaultCurrency": "USD", "defaultLanguage": "en",
                 "reportingOrg": {"ref": "XM-DAC-41114", "type": "40", "name": "UNDP"},
                 "titles": [{"lang": null, "text": "Parliamentary oversight of the security sector"}],
                 "descriptions": [], "participants": [], "status": "2", "dates": [],
                 "countries": [{"code": "MD", "percentage": 100}], "sectors": [],
                 "budgets": [{"type": "1", "status": "1", "periodStart": "2025-01-01", "periodEnd": null,
                              "value": {"amount": 50000, "currency": null, "valueDate": "2025-01-01"}}],
                 "transactions": [{"type": null, "date": "2025-02-01",
                                   "value": {"amount": 1000, "currency": null, "valueDate": "2025-02-01"}}],
                 "regions": [], "locations": [], "policyMarkers": [], "documents": [],
                 "relatedActivities": [], "results": []}
                """;
    }

    @Test
    void aHandEditThatBreaksARuleHearsWhichFieldAndWhichRule() throws Exception {
        mvc.perform(post("/api/v1/activities").with(authentication(coordinatorOfUndp()))
                        .contentType(MediaType.APPLICATION_JSON).content(brokenActivity()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("budget[1]/period-end"))
                .andExpect(jsonPath("$.errors[0].rule").value("iati-rule"))
                .andExpect(jsonPath("$.errors[0].message").value("period-end is missing"))
                .andExpect(jsonPath("$.errors[1].field").value("transaction[1]/transaction-type"))
                .andExpect(jsonPath("$.errors[1].message").value("transaction-type is missing"));

        // in the reader's language
        mvc.perform(post("/api/v1/activities").with(authentication(coordinatorOfUndp()))
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON).content(brokenActivity()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("budget[1]/period-end"))
                .andExpect(jsonPath("$.errors[0].message").value("period-end manque"));
    }
}
