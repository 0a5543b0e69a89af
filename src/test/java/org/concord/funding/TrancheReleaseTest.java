package org.concord.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Tranches are released only as their milestones allow: verified as met, waived in public, or pro-rata. */
@SpringBootTest
@AutoConfigureMockMvc
class TrancheReleaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FundingAgreements agreements;

    FundingFixture f;

    @BeforeEach
    void directory() {
        f = new FundingFixture(mvc, jdbc);
    }

    @Test
    void aTrancheIsRefusedBeforeItsMilestoneIsVerifiedAndReleasedAfter() throws Exception {
        long agreement = f.agreement(false, "");
        long civilian = f.condition(agreement, "A civilian heads the procurement directorate");
        long tranche = f.tranche(agreement, 400000, civilian);
        f.assignEvaluator(agreement, f.evaluator).andExpect(status().isOk());

        f.release(tranche, f.funderCoordinator).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("milestones-not-verified"));

        f.evidence(civilian, f.recipientCoordinator).andExpect(status().isCreated());
        f.release(tranche, f.funderCoordinator).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("milestones-not-verified"));
        f.verify(civilian, f.evaluatorPerson, "MET", null).andExpect(status().isCreated());

        f.release(tranche, f.funderCoordinator).andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(400000.00))
                .andExpect(jsonPath("$.releasedOn").value("2026-07-15"));
        // released once only
        f.release(tranche, f.funderCoordinator).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("tranche-released"));
        f.read(agreement, null).andExpect(jsonPath("$.tranches[0].status").value("RELEASED"))
                .andExpect(jsonPath("$.releasedAmount").value(400000.00));
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'funding-tranche' and entity_id = ?",
                String.class, String.valueOf(tranche))).containsExactly("created", "released");
        // what other modules read of it: the released sum, and nothing for an agreement that does not exist
        assertThat(agreements.summary(agreement)).hasValueSatisfying(s ->
                assertThat(s.releasedAmount()).isEqualByComparingTo("400000"));
        assertThat(agreements.summary(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void aMilestoneVerifiedAsNotMetHoldsTheTrancheBack() throws Exception {
        long agreement = f.agreement(true, "");
        long inspector = f.condition(agreement, "An independent inspector is appointed");
        long tranche = f.tranche(agreement, 100000, inspector);
        f.assignEvaluator(agreement, f.evaluator);
        f.evidence(inspector, f.recipientCoordinator);
        f.verify(inspector, f.evaluatorPerson, "NOT_MET", null).andExpect(status().isCreated());
        f.release(tranche, f.funderCoordinator).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("milestone-not-met"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void aWaiverIsRecordedAuditedAndShownPubliclyBesideTheTranche() throws Exception {
        long agreement = f.agreement(false, "\"CONDITIONS\"");
        long budget = f.condition(agreement, "The inspectorate budget is protected by law");
        long tranche = f.tranche(agreement, 250000, budget);
        String justification = "Parliament was dissolved; the law cannot pass before the elections in October.";

        f.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/funding/conditions/" + budget + "/waiver"), f.funderCoordinator,
                "{\"justification\": \"too short\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("justification"));
        f.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/funding/conditions/" + budget + "/waiver"), f.recipientCoordinator,
                "{\"justification\": \"" + justification + "\"}").andExpect(status().isForbidden());
        f.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/funding/conditions/" + budget + "/waiver"), f.funderCoordinator,
                "{\"justification\": \"" + justification + "\"}").andExpect(status().isOk());

        f.release(tranche, f.funderCoordinator).andExpect(status().isOk()).andExpect(jsonPath("$.amount").value(250000.00));
        // the public sees the waiver and its justification, even though the condition's text is confidential
        f.read(agreement, null)
                .andExpect(jsonPath("$.conditions[0].status").value("WAIVED"))
                .andExpect(jsonPath("$.conditions[0].text").doesNotExist())
                .andExpect(jsonPath("$.conditions[0].waiverJustification").value(justification));
        String changes = jdbc.queryForObject("select changes from audit_entry where entity_type = 'funding-condition' "
                + "and entity_id = ? and action = 'waived'", String.class, String.valueOf(budget));
        assertThat(changes).contains("Parliament was dissolved");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                "/funding/agreements/" + agreement)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Parliament was dissolved");
    }

    @Test
    void partlyMetMilestonesReleaseTheProductOfTheirSharesWhereTheAgreementSaysSo() throws Exception {
        long agreement = f.agreement(true, "");
        long complaints = f.condition(agreement, "Complaints handled within 90 days reach 80 %");
        long confidence = f.condition(agreement, "Public confidence in the police reaches 55 %");
        long tranche = f.tranche(agreement, 200000, complaints, confidence);
        f.assignEvaluator(agreement, f.evaluator);
        for (long c : List.of(complaints, confidence)) {
            f.evidence(c, f.recipientCoordinator).andExpect(status().isCreated());
        }
        f.verify(complaints, f.evaluatorPerson, "PARTLY_MET", 50).andExpect(status().isCreated());
        f.verify(confidence, f.evaluatorPerson, "PARTLY_MET", 80).andExpect(status().isCreated());

        // 200,000 x 50 % x 80 % = 80,000
        f.release(tranche, f.funderCoordinator).andExpect(status().isOk()).andExpect(jsonPath("$.amount").value(80000.00));
        f.read(agreement, null).andExpect(jsonPath("$.tranches[0].releasedShare").value(40));
    }

    @Test
    void withoutTheProRataClauseAPartlyMetMilestoneHoldsTheTrancheBack() throws Exception {
        long agreement = f.agreement(false, "");
        long complaints = f.condition(agreement, "Complaints handled within 90 days reach 80 %");
        long tranche = f.tranche(agreement, 200000, complaints);
        f.assignEvaluator(agreement, f.evaluator);
        f.evidence(complaints, f.recipientCoordinator);
        f.verify(complaints, f.evaluatorPerson, "PARTLY_MET", 50).andExpect(status().isCreated());
        f.release(tranche, f.funderCoordinator).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("milestone-partly-met"));
    }
}
