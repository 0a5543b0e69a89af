package org.concord.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** Officers run cases through the API: legal moves only, each on the timeline and in the audit log; other bodies see 404. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    CaseFixtures fixtures;
    long body;
    long otherBody;
    long prosecutor;
    long police;
    long channel;
    Authentication officer;
    Authentication colleague;
    Authentication otherOfficer;

    @BeforeAll
    void bodiesOfficersAndAChannel() {
        fixtures = new CaseFixtures(jdbc, events, tx);
        body = fixtures.body("Ombudsperson of Testland", "MD");
        otherBody = fixtures.body("Inspectorate of Elsewhere", "MD");
        prosecutor = fixtures.organisation("Prosecutor General", "NATIONAL_GOVERNMENT", "MD");
        police = fixtures.organisation("National Police", "SECURITY_INSTITUTION", "MD");
        officer = fixtures.officer("officer", body);
        colleague = fixtures.officer("colleague", body);
        otherOfficer = fixtures.officer("other-officer", otherBody);
        channel = fixtures.channel(body, 7, 90, 365, CaseFixtures.accountId(officer));
    }

    private ResultActions move(Authentication who, long report, String json) throws Exception {
        return mvc.perform(post("/api/v1/oversight/cases/" + report + "/transitions").with(authentication(who))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void anOfficerRunsACaseToItsEndAndBackOnAppealEachMoveOnTheTimelineAndInTheAuditLog() throws Exception {
        long report = fixtures.submit(channel, Category.UNLAWFUL_FORCE, Instant.now());
        mvc.perform(get("/api/v1/oversight/cases/" + report).with(authentication(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.next", contains("ACKNOWLEDGED")))
                .andExpect(jsonPath("$.timeline[0].to").value("RECEIVED"))
                .andExpect(jsonPath("$.timeline[0].actor").doesNotExist());

        move(officer, report, "{\"to\": \"DECIDED\", \"outcome\": \"UPHELD\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].rule").value("transition-illegal"));
        move(officer, report, "{\"to\": \"ACKNOWLEDGED\", \"version\": 0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedAt").isNotEmpty());
        move(colleague, report, "{\"to\": \"ADMISSIBILITY_REVIEW\", \"version\": 0}").andExpect(status().isConflict());
        move(colleague, report, "{\"to\": \"ADMISSIBILITY_REVIEW\"}").andExpect(status().isOk());
        move(officer, report, "{\"to\": \"UNDER_INVESTIGATION\", \"reason\": \"Within the mandate\"}").andExpect(status().isOk());
        move(officer, report, "{\"to\": \"REFERRED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("referredTo"));
        move(officer, report, "{\"to\": \"REFERRED\", \"referredTo\": " + prosecutor + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.feedbackAt").isNotEmpty());
        move(officer, report, "{\"to\": \"DECIDED\", \"outcome\": \"PARTLY_UPHELD\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("PARTLY_UPHELD"));
        move(officer, report, "{\"to\": \"REMEDY_RECORDED\", \"sanction\": \"SUSPENSION\"}").andExpect(status().isOk());
        move(officer, report, "{\"to\": \"CLOSED\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.next", contains("ADMISSIBILITY_REVIEW", "UNDER_INVESTIGATION")));
        move(officer, report, "{\"to\": \"UNDER_INVESTIGATION\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        move(officer, report, "{\"to\": \"UNDER_INVESTIGATION\", \"reason\": \"Appeal of the reporter\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_INVESTIGATION"))
                .andExpect(jsonPath("$.closedAt").doesNotExist())
                .andExpect(jsonPath("$.timeline[4].referredTo.name").value("Prosecutor General"))
                .andExpect(jsonPath("$.timeline[8].from").value("CLOSED"))
                .andExpect(jsonPath("$.timeline[8].reason").value("Appeal of the reporter"));

        var audit = jdbc.queryForList("select action, actor from audit_entry where entity_type = 'oversight_case' "
                + "and entity_id = ? order by id", String.valueOf(report));
        assertThat(audit).extracting(r -> r.get("action")).containsExactly("moved-to-acknowledged",
                "moved-to-admissibility_review", "moved-to-under_investigation", "moved-to-referred",
                "moved-to-decided", "moved-to-remedy_recorded", "moved-to-closed", "moved-to-under_investigation");
        assertThat(audit).extracting(r -> (String) r.get("actor")).allMatch(a -> a.startsWith("officer-") || a.startsWith("colleague-"));
        // the opening at intake is the reporter's act and is not in the audit log at all
        assertThat(jdbc.queryForObject("select count(*) from oversight_case_transition where report_id = ?",
                Long.class, report)).isEqualTo(9);
    }

    @Test
    void anOfficerOfAnotherBodyAndEveryOtherRoleAreToldTheCaseDoesNotExist() throws Exception {
        long report = fixtures.submit(channel, Category.CORRUPTION_BRIBERY, Instant.now());
        List<Authentication> outsiders = List.of(otherOfficer, TestActors.admin(),
                TestActors.as("coordinator", new Grant(Role.COORDINATOR, body)),
                TestActors.as("evaluator", new Grant(Role.EVALUATOR, body)),
                TestActors.as("trainer", new Grant(Role.TRAINER, body)));
        for (Authentication who : outsiders) {
            mvc.perform(get("/api/v1/oversight/cases/" + report).with(authentication(who))).andExpect(status().isNotFound());
            move(who, report, "{\"to\": \"ACKNOWLEDGED\"}").andExpect(status().isNotFound());
            mvc.perform(put("/api/v1/oversight/cases/" + report + "/details").with(authentication(who))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"priority\": true}")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/oversight/cases").with(authentication(otherOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].reportId", not(hasItem((int) report))));
        mvc.perform(get("/api/v1/oversight/cases").with(authentication(TestActors.admin()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/oversight/cases/" + report)).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select status from oversight_case where report_id = ?", String.class, report))
                .isEqualTo("RECEIVED");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'oversight_case' "
                + "and entity_id = ?", Long.class, String.valueOf(report))).isZero();
    }

    @Test
    void overdueCasesAreMarkedAndFilteredAndTheListIsSortedByDueMoment() throws Exception {
        long lateChannel = fixtures.channel(body, 3, 30, 365);
        Instant now = Instant.now();
        long late = fixtures.submit(lateChannel, Category.DISCRIMINATION, now.minus(Duration.ofDays(5)));
        long fresh = fixtures.submit(lateChannel, Category.DISCRIMINATION, now.minus(Duration.ofDays(1)));
        mvc.perform(get("/api/v1/oversight/cases").param("channel", String.valueOf(lateChannel)).with(authentication(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].reportId").value(late))
                .andExpect(jsonPath("$.items[0].overdue").value(true))
                .andExpect(jsonPath("$.items[1].reportId").value(fresh))
                .andExpect(jsonPath("$.items[1].overdue").value(false));
        mvc.perform(get("/api/v1/oversight/cases").param("channel", String.valueOf(lateChannel)).param("overdue", "true")
                        .with(authentication(officer)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].reportId").value(late));
        mvc.perform(get("/api/v1/oversight/cases/" + late).with(authentication(officer)))
                .andExpect(jsonPath("$.overdue").value(true));
        // acknowledging it late: the next step is feedback, due 30 days after arrival, so it is no longer overdue
        move(officer, late, "{\"to\": \"ACKNOWLEDGED\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.overdue").value(false));
        mvc.perform(get("/api/v1/oversight/cases").param("channel", String.valueOf(lateChannel)).param("overdue", "true")
                .with(authentication(officer))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/oversight/cases").param("channel", String.valueOf(lateChannel))
                        .with(authentication(officer)))
                .andExpect(jsonPath("$.items[0].reportId").value(fresh));
    }

    @Test
    void detailsAssignAnOfficerOfTheBodyOnlyAndRetaliationMakesACasePriority() throws Exception {
        long report = fixtures.submit(channel, Category.OTHER, Instant.now());
        String self = "{\"assigneeId\": %d, \"institutionId\": %d, \"category\": \"TORTURE_ILL_TREATMENT\", \"priority\": false}";
        mvc.perform(put("/api/v1/oversight/cases/" + report + "/details").with(authentication(officer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(self.formatted(CaseFixtures.accountId(otherOfficer), police)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("assigneeId"));
        mvc.perform(put("/api/v1/oversight/cases/" + report + "/details").with(authentication(officer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(self.formatted(CaseFixtures.accountId(colleague), police)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee.name").value("colleague"))
                .andExpect(jsonPath("$.institution.name").value("National Police"))
                .andExpect(jsonPath("$.category").value("TORTURE_ILL_TREATMENT"));
        mvc.perform(get("/api/v1/oversight/cases").param("assignee", String.valueOf(CaseFixtures.accountId(colleague)))
                .with(authentication(officer))).andExpect(jsonPath("$.items[*].reportId", contains((int) report)));
        var audit = jdbc.queryForMap("select action, changes from audit_entry where entity_type = 'oversight_case' "
                + "and entity_id = ? order by id desc limit 1", String.valueOf(report));
        assertThat(audit.get("action")).isEqualTo("updated");
        assertThat((String) audit.get("changes")).contains("TORTURE_ILL_TREATMENT", "assignee", "institution");

        fixtures.flagRetaliation(report);
        mvc.perform(get("/api/v1/oversight/cases").param("priority", "true").with(authentication(officer)))
                .andExpect(jsonPath("$.items[*].reportId", hasItem((int) report)));
    }

    @Test
    void theCasePagesShowTheNextStepsToTheBodysOfficersOnlyAndMoveTheCase() throws Exception {
        long report = fixtures.submit(channel, Category.PRIVACY_VIOLATION, Instant.now());
        mvc.perform(get("/oversight/cases").with(authentication(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/oversight/cases/" + report)));
        mvc.perform(get("/oversight/cases/" + report).with(authentication(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Acknowledge")))
                .andExpect(content().string(containsString("/oversight/reports/" + report)));
        mvc.perform(get("/oversight/cases/" + report).with(authentication(otherOfficer))).andExpect(status().isNotFound());
        mvc.perform(post("/oversight/cases/" + report + "/transitions").with(authentication(otherOfficer)).with(csrf())
                .param("to", "ACKNOWLEDGED")).andExpect(status().isNotFound());
        mvc.perform(post("/oversight/cases/" + report + "/transitions").with(authentication(officer)).with(csrf())
                        .param("to", "ACKNOWLEDGED").param("version", "0"))
                .andExpect(redirectedUrl("/oversight/cases/" + report));
        mvc.perform(post("/oversight/cases/" + report + "/transitions").with(authentication(officer)).with(csrf())
                        .param("to", "CLOSED"))
                .andExpect(redirectedUrl("/oversight/cases/" + report))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("caseErrors"));
        assertThat(jdbc.queryForObject("select status from oversight_case where report_id = ?", String.class, report))
                .isEqualTo("ACKNOWLEDGED");
        mvc.perform(get("/api/v1/oversight/statistics").param("organisation", "999999999")).andExpect(status().isNotFound());
    }
}
