package org.concord.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Independence and permissions: an evaluator tied to either party (itself, above or below it) is refused with the
 * reason; the recipient cannot verify its own milestone; a funder cannot edit another funder's agreement; what a
 * funder marks confidential stays hidden from the public page, API and exports.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FundingPermissionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    FundingFixture f;

    @BeforeEach
    void directory() {
        f = new FundingFixture(mvc, jdbc);
    }

    @Test
    void anEvaluatorTiedToEitherPartyIsRefusedAndToldWhy() throws Exception {
        long agreement = f.agreement(false, "");
        long donorEmbassy = f.organisation("Donor Embassy " + agreement, "BILATERAL_DONOR", f.funder);
        record Case(long organisation, String rule) {
        }
        for (Case c : new Case[] {
                new Case(f.funder, "evaluator-is-funder"),
                new Case(f.recipient, "evaluator-is-recipient"),
                new Case(f.donorMinistry, "evaluator-above-funder"),
                new Case(donorEmbassy, "evaluator-below-funder"),
                new Case(f.ministry, "evaluator-above-recipient"),
                new Case(f.recipientUnit, "evaluator-below-recipient")}) {
            f.assignEvaluator(agreement, c.organisation()).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("evaluatorId"))
                    .andExpect(jsonPath("$.errors[0].rule").value(c.rule()))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("independent")));
        }
        f.assignEvaluator(agreement, f.evaluator).andExpect(status().isOk())
                .andExpect(jsonPath("$.evaluators[0].id").value(f.evaluator));
        assertThat(jdbc.queryForObject("select count(*) from funding_evaluator where agreement_id = ?", Long.class, agreement))
                .isEqualTo(1);
    }

    @Test
    void anEvaluatorOfAnOrganisationBelowTheRecipientCannotVerifyEvenIfAssignedBefore() throws Exception {
        long agreement = f.agreement(false, "");
        long condition = f.condition(agreement, "An independent inspector is appointed");
        f.evidence(condition, f.recipientCoordinator).andExpect(status().isCreated());
        // an evaluator of the recipient's own unit, and of the funder's parent
        f.verify(condition, FundingFixture.evaluatorOf(f.recipientUnit), "MET", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("evaluator-below-recipient"));
        f.verify(condition, FundingFixture.evaluatorOf(f.donorMinistry), "MET", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("evaluator-above-funder"));
        // independent, but not assigned
        f.verify(condition, f.evaluatorPerson, "MET", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("evaluator-not-assigned"));
        assertThat(jdbc.queryForObject("select status from funding_condition where id = ?", String.class, condition))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void theRecipientCannotVerifyItsOwnMilestone() throws Exception {
        long agreement = f.agreement(false, "");
        long condition = f.condition(agreement, "A civilian heads the procurement directorate");
        f.assignEvaluator(agreement, f.evaluator);
        f.evidence(condition, f.recipientCoordinator).andExpect(status().isCreated());
        f.verify(condition, f.recipientCoordinator, "MET", null).andExpect(status().isForbidden());
        // even one who is also an evaluator of the assigned firm
        Authentication both = TestActors.as("both-" + agreement, new Grant(Role.COORDINATOR, f.recipient),
                new Grant(Role.EVALUATOR, f.evaluator));
        f.verify(condition, both, "MET", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("evaluator-belongs-to-party"));
        // and the funder cannot submit the recipient's evidence
        f.evidence(condition, f.funderCoordinator).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from funding_verification where condition_id = ?", Long.class, condition))
                .isZero();
    }

    @Test
    void aFunderCannotEditAnotherFundersAgreement() throws Exception {
        long agreement = f.agreement(false, "");
        String json = """
                {"title": "Taken over", "funderId": %d, "recipientId": %d, "country": "GE", "totalAmount": 5,
                 "currency": "EUR", "startDate": "2026-01-01", "endDate": "2028-12-31"}""";
        f.send(put("/api/v1/funding/agreements/" + agreement), f.otherFunderCoordinator, json.formatted(f.funder, f.recipient))
                .andExpect(status().isForbidden());
        f.send(put("/api/v1/funding/agreements/" + agreement), f.otherFunderCoordinator, json.formatted(f.otherFunder, f.recipient))
                .andExpect(status().isForbidden());
        f.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/funding/agreements/" + agreement + "/conditions"), f.otherFunderCoordinator,
                "{\"kind\": \"PROCESS\", \"text\": \"Something else\"}").andExpect(status().isForbidden());
        // nor record one in another funder's name
        f.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/funding/agreements"),
                f.otherFunderCoordinator, json.formatted(f.funder, f.recipient)).andExpect(status().isForbidden());
        // the coordinator of the funder's parent may
        Authentication above = TestActors.as("above-" + agreement, new Grant(Role.COORDINATOR, f.donorMinistry));
        f.send(put("/api/v1/funding/agreements/" + agreement), above, json.formatted(f.funder, f.recipient))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Taken over"));
        assertThat(jdbc.queryForObject("select title from funding_agreement where id = ?", String.class, agreement))
                .isEqualTo("Taken over");
    }

    @Test
    void confidentialFieldsAreHiddenFromThePublicButNotFromThePartiesAndEvaluators() throws Exception {
        long agreement = f.agreement(false, "\"AMOUNTS\", \"CONDITIONS\", \"FINDINGS\"");
        long condition = f.condition(agreement, "The inspectorate budget is protected by law");
        f.tranche(agreement, 300000, condition);
        f.assignEvaluator(agreement, f.evaluator);
        f.evidence(condition, f.recipientCoordinator);
        f.verify(condition, f.evaluatorPerson, "MET", null).andExpect(status().isCreated());

        f.read(agreement, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalAmount").doesNotExist())
                .andExpect(jsonPath("$.tranches[0].plannedAmount").doesNotExist())
                .andExpect(jsonPath("$.conditions[0].text").doesNotExist())
                .andExpect(jsonPath("$.conditions[0].status").value("MET"))
                .andExpect(jsonPath("$.conditions[0].evidence").isEmpty())
                .andExpect(jsonPath("$.conditions[0].verifications[0].finding").doesNotExist());
        for (Authentication insider : new Authentication[] {f.funderCoordinator, f.recipientCoordinator, f.evaluatorPerson,
                TestActors.admin()}) {
            f.read(agreement, insider).andExpect(jsonPath("$.totalAmount").value(1000000.00))
                    .andExpect(jsonPath("$.conditions[0].text").value("The inspectorate budget is protected by law"))
                    .andExpect(jsonPath("$.conditions[0].verifications[0].finding").isNotEmpty());
        }
        f.read(agreement, f.otherFunderCoordinator).andExpect(jsonPath("$.totalAmount").doesNotExist());

        String page = mvc.perform(get("/funding/agreements/" + agreement)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("protected by law").doesNotContain("1,000,000").doesNotContain("300,000")
                .doesNotContain("Checked the decree");
        String list = mvc.perform(get("/api/v1/funding/agreements").param("recipient", String.valueOf(f.recipient)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Police accountability programme").doesNotContain("1000000");
        for (String export : new String[] {"agreements", "conditions", "verifications"}) {
            String csv = mvc.perform(get("/funding/export/" + export + ".csv").param("recipient", String.valueOf(f.recipient)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(csv).as(export).doesNotContain("protected by law").doesNotContain("1000000")
                    .doesNotContain("Checked the decree");
        }
        String conditions = mvc.perform(get("/funding/export/conditions.csv").param("recipient", String.valueOf(f.recipient)))
                .andReturn().getResponse().getContentAsString();
        assertThat(conditions).contains(",MET,");
    }
}
