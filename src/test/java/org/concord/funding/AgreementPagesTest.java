package org.concord.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** Each party sees the forms that are theirs on an agreement's page, and a refused form says why beside itself. */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    String page(long agreement, Authentication who) throws Exception {
        var request = get("/funding/agreements/" + agreement);
        var result = mvc.perform(who == null ? request : request.with(authentication(who))).andReturn();
        if (result.getResolvedException() != null) {
            throw result.getResolvedException();
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void eachPartySeesItsOwnForms() throws Exception {
        FundingFixture f = new FundingFixture(mvc, jdbc);
        long agreement = f.agreement(false, "");
        long condition = f.condition(agreement, "A civilian heads the procurement directorate");
        f.tranche(agreement, 1000, condition);
        f.assignEvaluator(agreement, f.evaluator);
        f.evidence(condition, f.recipientCoordinator);

        assertThat(page(agreement, f.funderCoordinator)).contains("id=\"add-condition\"").contains("<textarea id=\"text\"").contains("Waive this condition")
                .doesNotContain("Record the verification");
        assertThat(page(agreement, f.recipientCoordinator)).contains("Submit evidence").doesNotContain("id=\"add-condition\"");
        assertThat(page(agreement, f.evaluatorPerson)).contains("Record the verification").doesNotContain("Submit evidence");
        assertThat(page(agreement, null)).doesNotContain("<form method=\"post\" action=\"/funding");
        // the list narrowed to this funder: unfiltered, its first page of 25 (latest start first) is other tests' once
        // enough agreements starting later than this one were recorded before
        assertThat(mvc.perform(get("/funding/agreements").param("funder", String.valueOf(f.funder)))
                .andReturn().getResponse().getContentAsString())
                .contains("Police accountability programme");
        assertThat(mvc.perform(get("/funding/agreements/" + agreement + "/edit").with(authentication(f.funderCoordinator)))
                .andReturn().getResponse().getContentAsString()).contains("id=\"agreement-form\"");
        assertThat(mvc.perform(get("/funding/evaluations").with(authentication(f.evaluatorPerson)))
                .andReturn().getResponse().getContentAsString()).contains("Condition 1");

        String refused = mvc.perform(post("/funding/conditions/" + condition + "/waiver").with(csrf())
                        .with(authentication(f.funderCoordinator)).param("justification", "too short"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("error-summary");
    }
}
