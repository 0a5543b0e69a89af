package org.concord.standards.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An institution's self-assessment and an outside evaluator's peer review through the API: who may do each step,
 * who may even know an unpublished assessment exists, the scores side by side, and the audit log.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentWorkflowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    long institution;
    long auditOffice;
    long template;
    Authentication coordinator;
    Authentication member;
    Authentication evaluator;
    Authentication ownEvaluator;
    Authentication outsider;

    @BeforeAll
    void setUp() throws Exception {
        institution = AssessmentFixtures.organisation(mvc, "Defence Ministry Workflow");
        auditOffice = AssessmentFixtures.organisation(mvc, "Audit Office Workflow");
        coordinator = TestActors.as("wf-coordinator", new Grant(Role.COORDINATOR, institution));
        member = TestActors.as("wf-trainer", new Grant(Role.TRAINER, institution));
        evaluator = TestActors.as("wf-evaluator", new Grant(Role.EVALUATOR, auditOffice));
        ownEvaluator = TestActors.as("wf-own-evaluator", new Grant(Role.EVALUATOR, institution));
        outsider = TestActors.as("wf-outsider", new Grant(Role.COORDINATOR, auditOffice));
        template = AssessmentFixtures.template(mvc, coordinator);
    }

    MockHttpServletRequestBuilder as(Authentication who, MockHttpServletRequestBuilder request) {
        return who == null ? request : request.with(authentication(who));
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void selfAssessmentPeerReviewAndPublicationEachByTheirOwnPeople() throws Exception {
        String start = """
                {"templateId": %d, "organisationId": %d, "assessedOn": "2025-03-31"}""".formatted(template, institution);
        for (Authentication refused : new Authentication[] {outsider, evaluator, member}) {
            mvc.perform(json(as(refused, post("/api/v1/standards/assessments")), start)).andExpect(status().isForbidden());
        }
        mvc.perform(json(post("/api/v1/standards/assessments"), start)).andExpect(status().isUnauthorized());
        long id = AssessmentFixtures.start(mvc, coordinator, template, institution, "2025-03-31");
        String at = "/api/v1/standards/assessments/" + id;

        // unpublished: the institution's members and evaluators know of it, nobody else does
        for (Authentication unaware : new Authentication[] {null, outsider}) {
            mvc.perform(as(unaware, get(at))).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(json(as(unaware, put(at + "/self-assessment")), AssessmentFixtures.selfAnswers(1, 1, 1)))
                    .andExpect(status().is(unaware == null ? 401 : 404));
        }
        for (Authentication aware : new Authentication[] {member, evaluator, ownEvaluator, coordinator}) {
            mvc.perform(as(aware, get(at))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        }
        mvc.perform(json(as(member, put(at + "/self-assessment")), AssessmentFixtures.selfAnswers(4, 4, 4)))
                .andExpect(status().isForbidden());

        mvc.perform(json(as(coordinator, put(at + "/self-assessment")), AssessmentFixtures.selfAnswers(3, 4, 2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[0].scores.selfScore").value(88))   // (3+4)/2/4*100 = 87.5 -> 88
                .andExpect(jsonPath("$.sections[0].scores.selfBand").value("A"))
                .andExpect(jsonPath("$.sections[1].scores.selfScore").value(50))
                .andExpect(jsonPath("$.sections[1].scores.selfBand").value("C"))
                .andExpect(jsonPath("$.overall.selfScore").value(69))             // (87.5+50)/2 = 68.75
                .andExpect(jsonPath("$.overall.selfBand").value("B"))
                .andExpect(jsonPath("$.counting").doesNotExist());
        // the review waits for the submission
        mvc.perform(json(as(evaluator, put(at + "/review")), AssessmentFixtures.reviewAnswers(2, 3, 2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].rule").value("assessment-status"))
                // the stage is named in words, not as DRAFT
                .andExpect(jsonPath("$.errors[0].message").value(
                        "This cannot be done at this stage of the assessment: “Self-assessment in progress”."));
        mvc.perform(json(as(evaluator, put(at + "/review")), AssessmentFixtures.reviewAnswers(2, 3, 2))
                        .header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Impossible à cette étape de l’évaluation : « Auto-évaluation en cours »."));
        mvc.perform(as(coordinator, post(at + "/submit"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(json(as(coordinator, put(at + "/self-assessment")), AssessmentFixtures.selfAnswers(4, 4, 4)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].rule").value("assessment-status"));

        // nobody reviews their own institution, not even an evaluator who works there
        for (Authentication refused : new Authentication[] {ownEvaluator, coordinator, member}) {
            mvc.perform(json(as(refused, put(at + "/review")), AssessmentFixtures.reviewAnswers(4, 4, 4)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(json(as(evaluator, post(at + "/complete")), """
                        {"rows": [{"question": "POL-1", "score": 2}, {"question": "POL-2", "score": 5}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'rows[1].score')].rule").value("max"));
        mvc.perform(json(as(evaluator, post(at + "/complete")), """
                        {"rows": [{"question": "POL-1", "score": 2}, {"question": "POL-2", "score": 3}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows"))
                .andExpect(jsonPath("$.errors[0].rule").value("assessment-score-required"));
        mvc.perform(json(as(evaluator, post(at + "/complete")), AssessmentFixtures.reviewAnswers(2, 3, 2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVIEWED"))
                .andExpect(jsonPath("$.reviewer").value("wf-evaluator"))
                .andExpect(jsonPath("$.sections[0].scores.reviewScore").value(63))  // 62.5 -> 63
                .andExpect(jsonPath("$.sections[0].scores.reviewBand").value("C"))
                .andExpect(jsonPath("$.sections[0].scores.difference").value(-25))
                .andExpect(jsonPath("$.sections[0].questions[0].difference").value(-1))
                .andExpect(jsonPath("$.overall.selfScore").value(69))
                .andExpect(jsonPath("$.overall.reviewScore").value(56))            // (62.5+50)/2 = 56.25
                .andExpect(jsonPath("$.overall.difference").value(-13))
                .andExpect(jsonPath("$.counting.reviewBand").value("C"));

        // publication: still hidden until then; the institution's coordinators publish, an ordinary member may not
        mvc.perform(get(at)).andExpect(status().isNotFound());
        mvc.perform(as(outsider, post(at + "/publish"))).andExpect(status().isNotFound());
        mvc.perform(as(member, post(at + "/publish"))).andExpect(status().isForbidden());
        mvc.perform(as(coordinator, post(at + "/publish"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(true));
        mvc.perform(get(at)).andExpect(status().isOk()).andExpect(jsonPath("$.counting.reviewScore").value(56));

        var rows = jdbc.queryForList("select action, actor from audit_entry where entity_type = 'standards_assessment' "
                + "and entity_id = ? order by id", String.valueOf(id));
        assertThat(rows).extracting(r -> r.get("action"))
                .containsExactly("created", "self-assessment-saved", "submitted", "reviewed", "published");
        assertThat(rows).extracting(r -> r.get("actor"))
                .containsExactly("wf-coordinator", "wf-coordinator", "wf-coordinator", "wf-evaluator", "wf-coordinator");
        String reviewed = jdbc.queryForObject("select changes from audit_entry where entity_type = 'standards_assessment' "
                + "and entity_id = ? and action = 'reviewed'", String.class, String.valueOf(id));
        assertThat(reviewed).contains("POL-1.review", "SUBMITTED", "REVIEWED");
    }

    @Test
    void theListShowsUnpublishedAssessmentsOnlyToThoseWhoMayKnowOfThem() throws Exception {
        long other = AssessmentFixtures.organisation(mvc, "Border Guard Listing");
        Authentication itsCoordinator = TestActors.as("list-coordinator", new Grant(Role.COORDINATOR, other));
        AssessmentFixtures.start(mvc, itsCoordinator, template, other, "2024-01-15");

        mvc.perform(get("/api/v1/standards/assessments").param("organisationId", String.valueOf(other)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(outsider, get("/api/v1/standards/assessments")).param("organisationId", String.valueOf(other)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(evaluator, get("/api/v1/standards/assessments")).param("organisationId", String.valueOf(other)))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(as(itsCoordinator, get("/api/v1/standards/assessments")).param("organisationId", String.valueOf(other)))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].status").value("DRAFT"));
        mvc.perform(get("/standards/assessments/institutions/" + other)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("2024"))));
    }

    @Test
    void aTemplateWithoutEnglishOrWithDuplicateCodesIsAProblemDocument() throws Exception {
        String json = AssessmentFixtures.templateJson(AssessmentFixtures.uniqueCode("broken"))
                .replace("\"en\": {\"name\": \"Integrity", "\"es\": {\"name\": \"Integrity")
                .replace("\"FIN-1\"", "\"POL-1\"");
        mvc.perform(json(as(coordinator, post("/api/v1/standards/assessments/templates")), json))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'texts')].rule").value("assessment-english-required"))
                .andExpect(jsonPath("$.errors[?(@.field == 'sections[1].questions[0].code')].rule").value("assessment-duplicate-code"))
                .andExpect(jsonPath("$.errors[?(@.field == 'sections[1].questions[0].code')].message").value("The code POL-1 is used twice."));
        mvc.perform(json(as(member, post("/api/v1/standards/assessments/templates")),
                AssessmentFixtures.templateJson(AssessmentFixtures.uniqueCode("member")))).andExpect(status().isForbidden());
    }

    @Test
    void thePagesShowEachReaderWhatTheyMaySee() throws Exception {
        mvc.perform(get("/standards/assessments/templates")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Integrity in defence institutions")));
        mvc.perform(get("/standards/assessments/templates/" + template).header("Accept-Language", "fr")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Intégrité des institutions de défense")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Full, published scrutiny")));
        long id = AssessmentFixtures.start(mvc, coordinator, template, institution, "2025-01-31");
        String at = "/standards/assessments/" + id;
        mvc.perform(get(at)).andExpect(status().isNotFound());
        mvc.perform(as(outsider, get(at))).andExpect(status().isNotFound());
        mvc.perform(as(member, get(at))).andExpect(status().isOk());
        mvc.perform(as(member, get(at + "/self-assessment"))).andExpect(status().isForbidden());
        // nothing to review yet: back to the assessment
        mvc.perform(as(evaluator, get(at + "/review"))).andExpect(status().is3xxRedirection());
        mvc.perform(as(coordinator, get(at + "/self-assessment"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"rows-0-score-4\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("rows-0-comment"))));
        // submitting with a question unscored: the form again, the rule beside that question
        String page = mvc.perform(as(coordinator, post(at + "/self-assessment")).with(csrf()).param("action", "submit")
                        .param("version", "0").param("rows[0].question", "POL-1").param("rows[0].score", "3")
                        .param("rows[1].question", "POL-2").param("rows[1].score", "2")
                        .param("rows[2].question", "FIN-1").param("rows[2].score", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<p class=\"error\" id=\"rows-2-score-error\">Score question FIN-1 first.</p>")
                .containsPattern("id=\"rows-0-score-3\"[^>]*checked");
        mvc.perform(as(coordinator, get("/api/v1/standards/assessments/" + id))).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.sections[0].questions[0].selfScore").doesNotExist());
    }
}
