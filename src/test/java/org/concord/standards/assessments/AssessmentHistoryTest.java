package org.concord.standards.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Locale;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.concord.standards.AssessmentResult;
import org.concord.standards.Assessments;
import org.concord.standards.SectionBand;
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

/**
 * Assessments repeat: a later one (even against a new edition of the template) leaves the earlier one as it was;
 * results go out and come back in as CSV unchanged; other modules read the published history through
 * {@link Assessments}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentHistoryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Assessments assessments;

    long institution;
    Authentication coordinator;
    Authentication evaluator;

    @BeforeAll
    void setUp() throws Exception {
        institution = AssessmentFixtures.organisation(mvc, "Defence Ministry History");
        long reviewers = AssessmentFixtures.organisation(mvc, "Integrity Reviewers History");
        coordinator = TestActors.as("hist-coordinator", new Grant(Role.COORDINATOR, institution));
        evaluator = TestActors.as("hist-evaluator", new Grant(Role.EVALUATOR, reviewers));
    }

    /** Starts, answers, submits, reviews and publishes an assessment; returns its id. */
    long complete(long template, String on, int[] self, int[] review) throws Exception {
        long id = AssessmentFixtures.start(mvc, coordinator, template, institution, on);
        String at = "/api/v1/standards/assessments/" + id;
        mvc.perform(post(at + "/submit").with(authentication(coordinator)).contentType(MediaType.APPLICATION_JSON)
                .content(AssessmentFixtures.selfAnswers(self[0], self[1], self[2]))).andExpect(status().isOk());
        mvc.perform(post(at + "/complete").with(authentication(evaluator)).contentType(MediaType.APPLICATION_JSON)
                .content(AssessmentFixtures.reviewAnswers(review[0], review[1], review[2]))).andExpect(status().isOk());
        mvc.perform(post(at + "/publish").with(authentication(coordinator))).andExpect(status().isOk());
        return id;
    }

    @Test
    void aSecondAssessmentOnANewEditionLeavesTheFirstAsItWas() throws Exception {
        long first = AssessmentFixtures.template(mvc, coordinator);
        String firstJson = mvc.perform(get("/api/v1/standards/assessments/templates/" + first)).andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(firstJson, "$.code");
        long earlier = complete(first, "2023-06-30", new int[] {2, 2, 1}, new int[] {1, 2, 1});
        String before = mvc.perform(get("/api/v1/standards/assessments/" + earlier)).andReturn().getResponse().getContentAsString();

        // the template is in use: an edit becomes edition 2, and edition 1 can no longer be edited or started
        String edited = AssessmentFixtures.templateJson(code).replace("line by line?", "line by line, in public?");
        String second = mvc.perform(put("/api/v1/standards/assessments/templates/" + first).with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(edited))
                .andExpect(status().isOk()).andExpect(jsonPath("$.edition").value(2))
                .andReturn().getResponse().getContentAsString();
        long next = ((Number) JsonPath.read(second, "$.id")).longValue();
        assertThat(next).isNotEqualTo(first);
        mvc.perform(put("/api/v1/standards/assessments/templates/" + first).with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(edited))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].rule").value("assessment-template-not-latest"));
        mvc.perform(post("/api/v1/standards/assessments").with(authentication(coordinator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"templateId\": %d, \"organisationId\": %d}".formatted(first, institution)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].rule").value("assessment-template-not-latest"));
        // edition 2 is not in use yet: edited in place
        mvc.perform(put("/api/v1/standards/assessments/templates/" + next).with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(edited.replace("in public?", "in public session?")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(next)).andExpect(jsonPath("$.edition").value(2));

        long later = complete(next, "2025-06-30", new int[] {4, 4, 4}, new int[] {3, 4, 3});
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'standards_assessment_template' "
                + "and entity_id in (?, ?) order by id", String.class, String.valueOf(first), String.valueOf(next)))
                .containsExactly("created", "new-edition", "updated");

        String after = mvc.perform(get("/api/v1/standards/assessments/" + earlier)).andReturn().getResponse().getContentAsString();
        assertThat(after).isEqualTo(before);
        assertThat((String) JsonPath.read(after, "$.sections[0].questions[0].text"))
                .isEqualTo("Does parliament scrutinise the defence budget line by line?");
        mvc.perform(get("/api/v1/standards/assessments/" + later))
                .andExpect(jsonPath("$.sections[0].questions[0].text").value("Does parliament scrutinise the defence budget line by line, in public session?"))
                .andExpect(jsonPath("$.template.edition").value(2));
        String list = mvc.perform(get("/api/v1/standards/assessments").param("organisationId", String.valueOf(institution)))
                .andReturn().getResponse().getContentAsString();
        List<Number> newestFirst = JsonPath.read(list, "$[*].id");
        assertThat(newestFirst.get(0).longValue()).isEqualTo(later);
        assertThat(newestFirst.stream().map(Number::longValue).toList()).containsSubsequence(later, earlier);

        // what other modules see: the published history, oldest first, and the latest bands
        List<AssessmentResult> history = assessments.history(institution, Locale.ENGLISH);
        assertThat(history).extracting(AssessmentResult::id).containsSubsequence(earlier, later);
        AssessmentResult earliest = history.stream().filter(r -> r.id() == earlier).findFirst().orElseThrow();
        assertThat(earliest.overallScore()).isEqualTo(31);   // sections 37.5 and 25: mean 31.25
        assertThat(earliest.overallBand()).isEqualTo("E");
        assertThat(assessments.latestBands(institution, Locale.ENGLISH)).containsExactly(
                new SectionBand("POL", "Political oversight", 88, "A"), new SectionBand("FIN", "Finances", 75, "B"));
        assertThat(assessments.latestBands(institution, Locale.forLanguageTag("ar")).get(0).name()).isEqualTo("الرقابة السياسية");

        String page = mvc.perform(get("/standards/assessments/institutions/" + institution).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"history-table\"", "data-chart=\"assessment-scores\"", "\"score\":31", "\"score\":81");
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/standards/assessments/{id}/review'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/standards/assessments/{id}/results.csv'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/standards/assessments/templates'].post").exists());
    }

    @Test
    void resultsGoOutAsCsvAndComeBackUnchanged() throws Exception {
        long template = AssessmentFixtures.template(mvc, coordinator);
        long original = complete(template, "2024-09-30", new int[] {3, 1, 0}, new int[] {2, 1, 4});
        String exported = mvc.perform(get("/api/v1/standards/assessments/" + original + "/results.csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(exported).startsWith("section,question,question_text,self_score,self_justification,self_evidence,review_score,review_comment\r\n")
                .contains("\"The committee, said \"\"line by line\"\", reads it.\"", "\"https://parliament.example/minutes/12\nBudget law 2025, art. 4\"");

        long copy = AssessmentFixtures.start(mvc, coordinator, template, institution, "2024-09-30");
        String at = "/api/v1/standards/assessments/" + copy;
        mvc.perform(post(at + "/results.csv").with(authentication(coordinator)).contentType("text/csv").content(exported))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(3));
        mvc.perform(post(at + "/submit").with(authentication(coordinator))).andExpect(status().isOk());
        mvc.perform(post(at + "/results.csv").with(authentication(evaluator)).contentType("text/csv").content(exported))
                .andExpect(status().isOk());
        mvc.perform(post(at + "/complete").with(authentication(evaluator))).andExpect(status().isOk());
        mvc.perform(post(at + "/publish").with(authentication(evaluator))).andExpect(status().isOk());

        String again = mvc.perform(get(at + "/results.csv")).andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(exported);
    }

    @Test
    void aFileWithAnUnreadableScoreIsRefusedByLineAndColumnAndNothingIsWritten() throws Exception {
        long template = AssessmentFixtures.template(mvc, coordinator);
        long id = AssessmentFixtures.start(mvc, coordinator, template, institution, "2024-12-31");
        String csv = "question,self_score\r\nPOL-1,3\r\nPOL-2,five\r\nFIN-1,4\r\nNOPE-9,1\r\n";
        mvc.perform(post("/api/v1/standards/assessments/" + id + "/results.csv").with(authentication(coordinator))
                        .contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("line 3, self_score"))
                .andExpect(jsonPath("$.errors[0].rule").value("assessment-score-range"));
        mvc.perform(post("/api/v1/standards/assessments/" + id + "/results.csv").with(authentication(coordinator))
                        .contentType("text/csv").content(csv.replace("five", "2")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("line 5, question"))
                .andExpect(jsonPath("$.errors[0].rule").value("assessment-unknown-question"));
        assertThat(jdbc.queryForObject("select count(*) from standards_assessment_answer where assessment_id = ?",
                Long.class, id)).isZero();
    }
}
