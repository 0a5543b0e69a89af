package org.concord.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.concord.TestActors;
import org.concord.standards.internal.Visibility;
import org.concord.standards.internal.frameworks.FrameworkService;
import org.concord.standards.internal.indicators.IndicatorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The pages: every form renders, a refused rule shows beside its field, evaluators verify from their list. */
@SpringBootTest
@AutoConfigureMockMvc
class StandardsPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    IndicatorService indicators;

    @Test
    void aValueIsEnteredSubmittedAndVerifiedThroughThePages() throws Exception {
        StandardsFixtures fixtures = new StandardsFixtures(jdbc);
        long[] ids = fixtures.indicator(frameworks, indicators, Visibility.PUBLIC, Unit.PERCENTAGE);
        long indicator = ids[2];

        mvc.perform(get("/standards")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Democratic control of the armed forces")));
        mvc.perform(get("/standards/frameworks/{id}", ids[0]).header("Accept-Language", "fr")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Contrôle démocratique des forces armées")));
        for (String path : new String[] {"/standards/frameworks/new", "/standards/frameworks/" + ids[0] + "/edit",
                "/standards/frameworks/" + ids[0] + "/standards/new", "/standards/standards/" + ids[1] + "/edit",
                "/standards/indicators/new?standardId=" + ids[1], "/standards/indicators/" + indicator + "/edit",
                "/standards/indicators/" + indicator + "/baselines/new", "/standards/indicators/" + indicator + "/targets/new",
                "/standards/import"}) {
            mvc.perform(get(path).with(authentication(TestActors.admin()))).andExpect(status().isOk());
        }
        mvc.perform(get("/standards/frameworks/new").with(authentication(fixtures.ohchrTrainee()))).andExpect(status().isForbidden());

        String refused = mvc.perform(post("/standards/indicators/{id}/values", indicator).with(csrf())
                        .with(authentication(fixtures.undpCoordinator()))
                        .param("countryCode", "UA").param("period", "2024-07").param("value", "40"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("aria-invalid=\"true\"", "This indicator is collected per annual period");

        mvc.perform(post("/standards/indicators/{id}/values", indicator).with(csrf()).with(authentication(fixtures.undpCoordinator()))
                        .param("countryCode", "UA").param("period", "2024").param("value", "40.5")
                        .param("evidenceDocument", "Budget committee minutes 2024"))
                .andExpect(redirectedUrl("/standards/indicators/" + indicator + "#values"));
        mvc.perform(post("/standards/indicators/{id}/baselines", indicator).with(csrf()).with(authentication(fixtures.undpCoordinator()))
                        .param("countryCode", "UA").param("period", "2018").param("value", "12"))
                .andExpect(status().is3xxRedirection());
        long value = jdbc.queryForObject("select id from standards_value where indicator_id = ?", Long.class, indicator);
        mvc.perform(post("/standards/values/{id}/submit", value).with(csrf()).with(authentication(fixtures.undpCoordinator())))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/standards/to-verify").with(authentication(fixtures.undpEvaluator())))
                .andExpect(content().string(containsString("another evaluator verifies them")))
                .andExpect(content().string(not(containsString("/standards/values/" + value + "/verify"))));
        mvc.perform(get("/standards/to-verify").with(authentication(fixtures.ohchrEvaluator())))
                .andExpect(content().string(containsString("/standards/values/" + value + "/verify")));
        mvc.perform(get("/standards/to-verify").with(authentication(fixtures.undpCoordinator()))).andExpect(status().isForbidden());
        mvc.perform(post("/standards/values/{id}/verify", value).with(csrf()).with(authentication(fixtures.ohchrEvaluator()))
                        .param("back", "to-verify"))
                .andExpect(redirectedUrl("/standards/to-verify"));

        mvc.perform(get("/standards/indicators/{id}", indicator).header("Accept-Language", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("تم التحقق منها")));
        mvc.perform(get("/standards/indicators/{id}", indicator))
                .andExpect(content().string(containsString("40.5")))
                .andExpect(content().string(containsString("Budget committee minutes 2024")));
    }
}
