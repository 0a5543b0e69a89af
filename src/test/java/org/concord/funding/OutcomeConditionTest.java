package org.concord.funding;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An outcome condition names an indicator of the standards module: an unknown one is refused; the agreement shows
 * the indicator's latest verified value for the recipient and whether it reaches the target, and the recipient's
 * evidence carries that verified value.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OutcomeConditionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOutcomeConditionReadsItsIndicatorsVerifiedValue() throws Exception {
        FundingFixture f = new FundingFixture(mvc, jdbc);
        long indicator = indicatorWithVerifiedValue(f, "82.5");
        long agreement = f.agreement(false, "");

        f.send(post("/api/v1/funding/agreements/" + agreement + "/conditions"), f.funderCoordinator, """
                {"kind": "OUTCOME", "text": "Complaints handled within 90 days", "indicatorId": 999999999,
                 "comparator": "AT_LEAST", "targetValue": 80}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].rule").value("unknown-indicator"));
        f.send(post("/api/v1/funding/agreements/" + agreement + "/conditions"), f.funderCoordinator, """
                {"kind": "OUTCOME", "text": "Complaints handled within 90 days"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[?(@.field == 'indicatorId')].rule").value("outcome-needs-indicator"));

        long condition = FundingFixture.id(f.send(post("/api/v1/funding/agreements/" + agreement + "/conditions"),
                f.funderCoordinator, """
                {"kind": "OUTCOME", "text": "Complaints handled within 90 days", "indicatorId": %d,
                 "comparator": "AT_LEAST", "targetValue": 80, "baselineValue": 55, "dueDate": "2026-12-31"}"""
                        .formatted(indicator)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

        f.read(agreement, null)
                .andExpect(jsonPath("$.conditions[0].indicator.latestValue").value(82.5))
                .andExpect(jsonPath("$.conditions[0].indicator.latestPeriod").value("2026"))
                .andExpect(jsonPath("$.conditions[0].indicator.targetReached").value(true));

        f.send(post("/api/v1/funding/conditions/" + condition + "/evidence"), f.recipientCoordinator, """
                {"statement": "The inspectorate's register shows the share.", "indicatorValue": 95}""")
                .andExpect(status().isCreated());
        f.read(agreement, f.funderCoordinator)
                .andExpect(jsonPath("$.conditions[0].evidence[0].indicatorValue").value(82.5))
                .andExpect(jsonPath("$.conditions[0].evidence[0].indicatorVerified").value(true));
    }

    /** A public indicator with one verified value for the recipient institution (test data written directly). */
    private long indicatorWithVerifiedValue(FundingFixture f, String value) {
        String code = "FUND-T-" + f.recipient;
        Long framework = jdbc.queryForObject("insert into standards_framework (code, owner_organisation_id) values (?, ?) returning id",
                Long.class, code, f.evaluator);
        jdbc.update("insert into standards_framework_name (framework_id, language, name) values (?, 'en', 'Test framework')", framework);
        Long standard = jdbc.queryForObject("insert into standards_standard (framework_id, code) values (?, 'S1') returning id",
                Long.class, framework);
        Long indicator = jdbc.queryForObject("""
                insert into standards_indicator (standard_id, code, unit, direction, frequency, owner_organisation_id)
                values (?, ?, 'PERCENTAGE', 'HIGHER_IS_BETTER', 'ANNUAL', ?) returning id""", Long.class, standard, code, f.evaluator);
        jdbc.update("insert into standards_indicator_name (indicator_id, language, name) values (?, 'en', 'Complaints handled within 90 days')",
                indicator);
        jdbc.update("""
                insert into standards_value (indicator_id, organisation_id, period, period_start, period_end, value, status, verified_at)
                values (?, ?, '2026', '2026-01-01', '2026-12-31', ?, 'VERIFIED', now())""",
                indicator, f.recipient, new java.math.BigDecimal(value));
        return indicator;
    }
}
