package org.concord.funding.internal.phaseout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.concord.TestActors;
import org.concord.funding.FundingFixtures;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** Who may record a sunset clause (the funder's coordinators, administrators), its audit row and its rules. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhaseOutPermissionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    long funder;
    long otherFunder;
    long recipient;
    long agreement;

    @BeforeAll
    void anAgreement() {
        FundingFixtures f = new FundingFixtures(jdbc);
        funder = f.organisation("Funder");
        otherFunder = f.organisation("Other funder");
        recipient = f.organisation("Inspectorate");
        agreement = f.agreement(funder, recipient, "LS", "EUR", "500000", LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31));
    }

    private static final String PLAN = """
            {"sunsetDate": "2029-12-31", "note": "Handed over to the Treasury", "version": %d,
             "years": [{"year": 2027, "externalAmount": 300000, "nationalAmount": 100000},
                       {"year": 2028, "externalAmount": 200000, "nationalAmount": 200000},
                       {"year": 2029, "externalAmount": 50000, "nationalAmount": 350000}]}""";

    private int putPlan(Authentication who, String body) throws Exception {
        var request = put("/api/v1/funding/agreements/" + agreement + "/phase-out")
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (who != null) {
            request.with(authentication(who));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long version() {
        Long v = jdbc.queryForObject("select coalesce(max(version), 0) from funding_phase_out where agreement_id = ?",
                Long.class, agreement);
        return v;
    }

    private long auditRows() {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'funding_phase_out' and entity_id = ?",
                Long.class, String.valueOf(agreement));
    }

    @Test
    void aFunderCannotEditAnotherFundersPlanNorCanTheRecipientOrAStranger() throws Exception {
        long before = auditRows();
        long version = version();
        assertThat(putPlan(TestActors.as("other", new Grant(Role.COORDINATOR, otherFunder)), PLAN.formatted(version))).isEqualTo(403);
        assertThat(putPlan(TestActors.as("recipient", new Grant(Role.COORDINATOR, recipient)), PLAN.formatted(version))).isEqualTo(403);
        assertThat(putPlan(TestActors.as("evaluator", new Grant(Role.EVALUATOR, funder)), PLAN.formatted(version))).isEqualTo(403);
        assertThat(putPlan(null, PLAN.formatted(version))).isEqualTo(401);
        assertThat(version()).as("nothing written").isEqualTo(version);
        assertThat(auditRows()).isEqualTo(before);

        mvc.perform(post("/funding/agreements/" + agreement + "/phase-out").with(csrf())
                        .with(authentication(TestActors.as("other", new Grant(Role.COORDINATOR, otherFunder))))
                        .param("sunsetDate", "2029-12-31").param("version", String.valueOf(version)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/funding/agreements/" + agreement + "/phase-out/edit")
                        .with(authentication(TestActors.as("other", new Grant(Role.COORDINATOR, otherFunder)))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFundersCoordinatorRecordsThePlanAndTheChangeIsAudited() throws Exception {
        long before = auditRows();
        Authentication coordinator = TestActors.as("funder-coordinator", new Grant(Role.COORDINATOR, funder));
        mvc.perform(put("/api/v1/funding/agreements/" + agreement + "/phase-out").with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(PLAN.formatted(version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sunsetDate").value("2029-12-31"))
                .andExpect(jsonPath("$.years.length()").value(3));
        assertThat(auditRows()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select actor from audit_entry where entity_type = 'funding_phase_out' and entity_id = ? order by id desc limit 1",
                String.class, String.valueOf(agreement))).isEqualTo("funder-coordinator");

        // an administrator may too; a stale version is refused
        assertThat(putPlan(TestActors.admin(), PLAN.formatted(version()))).isEqualTo(200);
        assertThat(putPlan(TestActors.admin(), PLAN.formatted(version() - 1))).isEqualTo(409);

        // the plan is public
        mvc.perform(get("/funding/agreements/" + agreement + "/phase-out"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Handed over to the Treasury")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/phase-out/edit"))));
    }

    @Test
    void aPlanInWhichTheExternalShareRisesIsRefusedNamingTheField() throws Exception {
        Authentication coordinator = TestActors.as("funder-coordinator", new Grant(Role.COORDINATOR, funder));
        mvc.perform(put("/api/v1/funding/agreements/" + agreement + "/phase-out").with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"sunsetDate": "2028-12-31", "version": %d,
                                 "years": [{"year": 2027, "externalAmount": 100000, "nationalAmount": 100000},
                                           {"year": 2028, "externalAmount": 300000, "nationalAmount": 100000},
                                           {"year": 2029, "externalAmount": 1, "nationalAmount": 0}]}""".formatted(version())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("years[1].externalAmount")))
                .andExpect(content().string(Matchers.containsString("years[2].externalAmount")));

        mvc.perform(post("/funding/agreements/" + agreement + "/phase-out").with(csrf()).with(authentication(coordinator))
                        .header("Accept-Language", "en")
                        .param("sunsetDate", "2029-12-31").param("version", String.valueOf(version()))
                        .param("years[0].year", "2027").param("years[0].externalAmount", "100")
                        .param("years[0].nationalAmount", "100")
                        .param("years[1].year", "2027").param("years[1].externalAmount", "50")
                        .param("years[1].nationalAmount", "150"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The year 2027 is in the plan twice.")));

        mvc.perform(post("/funding/agreements/" + agreement + "/phase-out").with(csrf()).with(authentication(coordinator))
                        .param("sunsetDate", "2029-12-31").param("version", String.valueOf(version()))
                        .param("years[0].year", "2028").param("years[0].externalAmount", "100")
                        .param("years[0].nationalAmount", "100")
                        .param("years[1].year", "").param("years[1].externalAmount", "")
                        .param("years[1].nationalAmount", ""))
                .andExpect(redirectedUrl("/funding/agreements/" + agreement + "/phase-out"));
    }
}
