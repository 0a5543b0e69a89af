package org.concord.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.concord.standards.internal.Visibility;
import org.concord.standards.internal.frameworks.FrameworkService;
import org.concord.standards.internal.indicators.IndicatorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** Four eyes: an evaluator verifies neither a value they entered nor one they submitted; another evaluator does. */
@SpringBootTest
@AutoConfigureMockMvc
class StandardsOwnValueTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    IndicatorService indicators;

    @Test
    void anEvaluatorDoesNotVerifyAValueTheyEnteredOrSubmitted() throws Exception {
        StandardsFixtures fixtures = new StandardsFixtures(jdbc);
        long indicator = fixtures.indicator(frameworks, indicators, Visibility.PUBLIC, Unit.PERCENTAGE)[2];
        // an administrator who is also an evaluator may both enter and verify values: but not the same one
        Authentication adminEvaluator = TestActors.as("own-value-admin-evaluator",
                new Grant(Role.ADMIN, null), new Grant(Role.EVALUATOR, null));

        long entered = enterAndSubmit(indicator, "2022", adminEvaluator, adminEvaluator);
        assertThat(jdbc.queryForObject("select submitted_by from standards_value where id = ?", Long.class, entered))
                .isEqualTo(accountOf("own-value-admin-evaluator"));

        mvc.perform(get("/standards/to-verify").with(authentication(adminEvaluator)))
                .andExpect(content().string(containsString("You entered or submitted this value: another evaluator verifies it.")))
                .andExpect(content().string(not(containsString("/standards/values/" + entered + "/verify"))));
        mvc.perform(post("/api/v1/standards/values/{id}/verify", entered).with(authentication(adminEvaluator))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("standards-verify-own-value"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "You entered or submitted this value, so you cannot verify it: another evaluator must."));
        mvc.perform(post("/standards/values/{id}/verify", entered).with(csrf()).with(authentication(adminEvaluator))
                        .param("back", "to-verify"))
                .andExpect(flash().attribute("problem", "error.standards-verify-own-value"));
        assertThat(valueStatus(entered)).isEqualTo("SUBMITTED");

        // entered by a coordinator, submitted by the evaluator: still theirs
        long submitted = enterAndSubmit(indicator, "2021", fixtures.undpCoordinator(), adminEvaluator);
        mvc.perform(post("/api/v1/standards/values/{id}/verify", submitted).with(authentication(adminEvaluator))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("standards-verify-own-value"));

        // another evaluator verifies both
        for (long value : new long[] {entered, submitted}) {
            mvc.perform(post("/api/v1/standards/values/{id}/verify", value).with(authentication(fixtures.ohchrEvaluator()))
                            .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isOk());
            assertThat(valueStatus(value)).isEqualTo("VERIFIED");
        }
        // the API does not tell who entered or submitted a value
        mvc.perform(get("/api/v1/standards/values/{id}", entered).with(authentication(fixtures.ohchrEvaluator())))
                .andExpect(jsonPath("$.enteredBy").doesNotExist()).andExpect(jsonPath("$.submittedBy").doesNotExist());
    }

    private long enterAndSubmit(long indicator, String period, Authentication enterer, Authentication submitter) throws Exception {
        mvc.perform(post("/standards/indicators/{id}/values", indicator).with(csrf()).with(authentication(enterer))
                        .param("countryCode", "UA").param("period", period).param("value", "41")
                        .param("evidenceDocument", "Annual report " + period))
                .andExpect(status().is3xxRedirection());
        long value = jdbc.queryForObject("select id from standards_value where indicator_id = ? and period = ?",
                Long.class, indicator, period);
        mvc.perform(post("/standards/values/{id}/submit", value).with(csrf()).with(authentication(submitter)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "standards.value.submit.done"));
        return value;
    }

    private String valueStatus(long value) {
        return jdbc.queryForObject("select status from standards_value where id = ?", String.class, value);
    }

    private static long accountOf(String username) {
        return Math.abs(username.hashCode());   // as TestActors makes them
    }
}
