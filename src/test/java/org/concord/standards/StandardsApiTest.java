package org.concord.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.concord.standards.internal.Visibility;
import org.concord.standards.internal.frameworks.FrameworkService;
import org.concord.standards.internal.indicators.IndicatorService;

/** The evaluators' check through the API: who may enter, submit, return and verify, and what the audit log keeps. */
@SpringBootTest
@AutoConfigureMockMvc
class StandardsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    IndicatorService indicators;

    StandardsFixtures fixtures;
    long indicator;

    @BeforeEach
    void indicator() {
        fixtures = new StandardsFixtures(jdbc);
        indicator = fixtures.indicator(frameworks, indicators, Visibility.PUBLIC, Unit.PERCENTAGE)[2];
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Authentication who) {
        return request.with(authentication(who)).contentType(MediaType.APPLICATION_JSON);
    }

    private long enter(Authentication who, String period, String value) throws Exception {
        String body = mvc.perform(as(post("/api/v1/standards/indicators/{id}/values", indicator), who).content("""
                        {"countryCode": "ua", "period": "%s", "value": %s, "evidenceUrl": "https://example.org/report.pdf"}
                        """.formatted(period, value)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void submitReturnWithCommentResubmitAndVerify() throws Exception {
        long value = enter(fixtures.undpCoordinator(), "2023", "41.5");

        mvc.perform(as(post("/api/v1/standards/values/{id}/submit", value), fixtures.undpCoordinator()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        // anyone may see the indicator, but not an unverified value
        mvc.perform(get("/api/v1/standards/indicators/{id}/values", indicator))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));

        mvc.perform(as(post("/api/v1/standards/values/{id}/return", value), fixtures.ohchrEvaluator())
                        .content("{\"comment\": \"The report covers 2022, not 2023.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.returnComment").value("The report covers 2022, not 2023."));

        // corrected and sent again
        enter(fixtures.undpCoordinator(), "2023", "43");
        mvc.perform(as(post("/api/v1/standards/values/{id}/submit", value), fixtures.undpCoordinator()))
                .andExpect(status().isOk());
        mvc.perform(as(get("/api/v1/standards/values/submitted"), fixtures.ohchrEvaluator()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + value + ")].value").value(43));
        mvc.perform(as(post("/api/v1/standards/values/{id}/verify", value), fixtures.ohchrEvaluator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.returnComment").doesNotExist());

        mvc.perform(get("/api/v1/standards/indicators/{id}/latest", indicator).param("country", "UA"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2023"))
                .andExpect(jsonPath("$.value").value(43));

        var actions = jdbc.queryForList("select action from audit_entry where entity_type = 'standards-value' "
                + "and entity_id = ? order by id", String.class, String.valueOf(value));
        assertThat(actions).containsExactly("created", "submitted", "returned", "updated", "submitted", "verified");
        var actors = jdbc.queryForList("select actor from audit_entry where entity_type = 'standards-value' "
                + "and entity_id = ? and action = 'verified'", String.class, String.valueOf(value));
        assertThat(actors).containsExactly("ohchr-evaluator");
    }

    @Test
    void anEvaluatorOfTheOwningOrganisationAndANonEvaluatorAreRefused() throws Exception {
        long value = enter(fixtures.undpCoordinator(), "2022", "30");
        mvc.perform(as(post("/api/v1/standards/values/{id}/submit", value), fixtures.undpCoordinator()))
                .andExpect(status().isOk());

        mvc.perform(as(post("/api/v1/standards/values/{id}/verify", value), fixtures.undpEvaluator()))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/api/v1/standards/values/{id}/verify", value), fixtures.undpCoordinator()))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/api/v1/standards/values/{id}/return", value), fixtures.undpEvaluator())
                        .content("{\"comment\": \"no\"}"))
                .andExpect(status().isForbidden());
        // someone of another organisation may not enter values of UNDP's indicator
        mvc.perform(as(post("/api/v1/standards/indicators/{id}/values", indicator), fixtures.ohchrTrainee())
                        .content("{\"countryCode\": \"UA\", \"period\": \"2021\", \"value\": 1}"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select status from standards_value where id = ?", String.class, value))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void badInputIsAProblemDocumentNamingFieldAndRule() throws Exception {
        mvc.perform(as(post("/api/v1/standards/indicators/{id}/values", indicator), fixtures.undpCoordinator())
                        .content("""
                                {"countryCode": "UA", "period": "2023-Q2", "value": 140, "lowerBound": 5, "upperBound": 1,
                                 "evidenceUrl": "javascript:alert(1)"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'period')].rule").value("standards-period-frequency"))
                .andExpect(jsonPath("$.errors[?(@.field == 'value')].rule").value("standards-percentage-range"))
                .andExpect(jsonPath("$.errors[?(@.field == 'lowerBound')].rule").value("standards-bounds-order"))
                .andExpect(jsonPath("$.errors[?(@.field == 'evidenceUrl')].rule").value("web-address"));

        long value = enter(fixtures.undpCoordinator(), "2020", "10");
        jdbc.update("update standards_value set evidence_url = null where id = ?", value);
        mvc.perform(as(post("/api/v1/standards/values/{id}/submit", value), fixtures.undpCoordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("standards-evidence-required"));
        mvc.perform(as(post("/api/v1/standards/values/{id}/verify", value), fixtures.ohchrEvaluator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("standards-value-not-submitted"));
    }
}
