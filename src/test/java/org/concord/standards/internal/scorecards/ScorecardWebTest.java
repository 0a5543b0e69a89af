package org.concord.standards.internal.scorecards;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.concord.standards.ScorecardTestData;
import org.concord.standards.ScorecardTestData.On;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The scorecard, comparison and import pages and the API, as a visitor, an administrator and others see them. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    long owner;

    /** This test's indicator (other tests may give Georgia values of theirs). */
    static final String LINE = "$.lines[?(@.indicator.name == 'Detention complaints answered (%%)')]"; // %% : jsonPath formats the expression
    static final String ROW = "$.rows[?(@.indicator.name == 'Detention complaints answered (%%)')]"; // %% : jsonPath formats the expression

    @BeforeAll
    void values() {
        owner = ScorecardTestData.organisation(jdbc, "Georgian Interior Ministry");
        long standard = ScorecardTestData.standard(jdbc, owner, "PUBLIC");
        long shown = ScorecardTestData.indicator(jdbc, standard, owner, "Detention complaints answered (%)", "HIGHER_IS_BETTER", "PUBLIC");
        long hidden = ScorecardTestData.indicator(jdbc, standard, owner, "Restricted audit score", "HIGHER_IS_BETTER", "RESTRICTED");
        On ge = On.country("GE");
        ScorecardTestData.baseline(jdbc, shown, ge, 2020, "20");
        ScorecardTestData.target(jdbc, shown, ge, 2030, "80");
        ScorecardTestData.value(jdbc, shown, ge, 2023, "70", "VERIFIED", "65", "75");
        ScorecardTestData.value(jdbc, shown, ge, 2024, "10", "DRAFT", null, null);
        ScorecardTestData.value(jdbc, hidden, ge, 2023, "3", "VERIFIED", null, null);
        ScorecardTestData.value(jdbc, shown, On.country("AM"), 2023, "50", "VERIFIED", null, null);
    }

    @Test
    void aVisitorReadsTheScorecardWithTheRuleAndOnlyVerifiedPublicValues() throws Exception {
        mvc.perform(get("/standards/scorecards/countries/GE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Detention complaints answered (%)")))
                .andExpect(content().string(containsString("On track")))
                .andExpect(content().string(containsString("How the status is decided")))
                .andExpect(content().string(containsString("90 % interval: 65 to 75")))
                .andExpect(content().string(not(containsString("Restricted audit score"))))
                .andExpect(content().string(containsString("trend-data")));
        mvc.perform(get("/standards/scorecards/countries/ge")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/standards/scorecards/countries/QQ")).andExpect(status().isNotFound());
        mvc.perform(get("/countries/GE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Standards and indicators")))
                .andExpect(content().string(containsString("Detention complaints answered (%)")));
        mvc.perform(get("/standards/scorecards/countries/GE").header("Accept-Language", "ar")).andExpect(status().isOk())
                .andExpect(content().string(containsString("على المسار")));
    }

    @Test
    void theApiServesScorecardsAndComparisons() throws Exception {
        mvc.perform(get("/api/v1/standards/scorecards/countries/GE")).andExpect(status().isOk())
                .andExpect(jsonPath("$.subjectName").value("Georgia"))
                .andExpect(jsonPath(LINE + ".latest").value(org.hamcrest.Matchers.contains(70.0)))
                .andExpect(jsonPath(LINE + ".status").value(org.hamcrest.Matchers.contains("ON_TRACK")))
                .andExpect(jsonPath("$.lines[?(@.indicator.name == 'Restricted audit score')]").isEmpty());
        mvc.perform(get("/api/v1/standards/comparison?country=GE&country=AM")).andExpect(status().isOk())
                .andExpect(jsonPath("$.subjectNames[0]").value("Georgia"))
                .andExpect(jsonPath(ROW + ".cells[0].normalised").value(org.hamcrest.Matchers.contains(1)))
                .andExpect(jsonPath(ROW + ".cells[1].normalised").value(org.hamcrest.Matchers.contains(0)));
        mvc.perform(get("/api/v1/standards/comparison?country=GE&country=QQ")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("country")));
        mvc.perform(get("/standards/comparison?country=GE&country=AM&colour=value")).andExpect(status().isOk())
                .andExpect(content().string(containsString("value-cell value-4")));
        mvc.perform(get("/standards/comparison?country=GE&country=AM")).andExpect(status().isOk())
                .andExpect(content().string(containsString("track-cell track-on-track")));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/standards/scorecards/countries/{code}")));
    }

    @Test
    void onlyAdministratorsAndCoordinatorsMapAndImport() throws Exception {
        mvc.perform(get("/standards/wgi")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/standards/wgi").with(authentication(TestActors.as("t", new Grant(Role.TRAINEE, owner)))))
                .andExpect(status().isForbidden());
        var coordinator = authentication(TestActors.as("c", new Grant(Role.COORDINATOR, owner)));
        mvc.perform(get("/standards/wgi").with(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("pctranklower")));
        mvc.perform(post("/standards/wgi/mappings").with(coordinator).with(csrf()).param("name", "")
                        .param("ownerOrganisationId", String.valueOf(owner)).param("economyCode", "code"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("This field is required.")));
        mvc.perform(post("/standards/wgi/mappings").with(coordinator).with(csrf()).param("name", "Web test layout")
                        .param("ownerOrganisationId", String.valueOf(owner)).param("economyCode", "code")
                        .param("year", "year").param("indicator", "indicator").param("estimate", "estimate")
                        .param("standardError", "stddev").param("percentileRank", "pctrank")
                        .param("percentileRankLower", "pctranklower").param("percentileRankUpper", "pctrankupper"))
                .andExpect(status().is3xxRedirection());
        long mapping = jdbc.queryForObject("select id from standards_wgi_column_mapping where name = 'Web test layout'", Long.class);
        byte[] sample;
        try (InputStream in = getClass().getResourceAsStream("/standards/wgi/wgi-sample.csv")) {
            sample = in.readAllBytes();
        }
        mvc.perform(multipart("/standards/wgi/imports").file(new MockMultipartFile("file", "wgi.csv", "text/csv", sample))
                        .param("mapping", String.valueOf(mapping)).with(coordinator).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("10 rows")))
                .andExpect(content().string(containsString("no single country has this economy code")));
    }
}
