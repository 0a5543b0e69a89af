package org.concord.standards.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The questionnaire pages: a coordinator builds a template of two risk areas of two questions each with the
 * add buttons (no JavaScript), translates it one language at a time, and an edit of a template in use makes its
 * next edition. Evaluators and trainees may not; nobody signed in is sent to sign in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TemplatePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCoordinatorBuildsATemplateThroughThePagesAndAnEditInUseMakesTheNextEdition() throws Exception {
        long organisation = AssessmentFixtures.organisation(mvc, "Template pages ministry");
        Authentication coordinator = TestActors.as("tp-coordinator", new Grant(Role.COORDINATOR, organisation));
        Authentication evaluator = TestActors.as("tp-evaluator", new Grant(Role.EVALUATOR, null));
        Authentication trainee = TestActors.as("tp-trainee", new Grant(Role.TRAINEE, organisation));
        String code = AssessmentFixtures.uniqueCode("pages");

        // who may
        assertThat(mvc.perform(get("/standards/assessments/templates/new")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");
        for (Authentication refused : new Authentication[] {evaluator, trainee}) {
            mvc.perform(get("/standards/assessments/templates/new").with(authentication(refused))).andExpect(status().isForbidden());
            mvc.perform(post("/standards/assessments/templates").with(csrf()).with(authentication(refused))
                    .param("code", code).param("action", "add-section")).andExpect(status().isForbidden());
        }
        mvc.perform(get("/standards/assessments/templates").with(authentication(trainee)))
                .andExpect(content().string(not(containsString("/standards/assessments/templates/new"))));
        mvc.perform(get("/standards/assessments/templates").with(authentication(coordinator)))
                .andExpect(content().string(containsString("/standards/assessments/templates/new")));

        // an empty form: one risk area with one question, every field labelled
        String blank = page(get("/standards/assessments/templates/new").with(authentication(coordinator)));
        assertThat(blank).contains("<label for=\"sections-0-code\">Code of the risk area</label>",
                        "<label for=\"sections-0-questions-0-levels-4\">Score 4 means</label>", "Question 1.1")
                .doesNotContain("sections[1].code");

        // the buttons post and the page comes back with the rows added, nothing saved
        String added = page(post("/standards/assessments/templates").with(csrf()).with(authentication(coordinator))
                .params(params(fields(code, 1, 1, false))).param("action", "add-section"));
        assertThat(added).contains("name=\"sections[1].code\"", "Risk area 2", "value=\"Political oversight\"");
        added = page(post("/standards/assessments/templates").with(csrf()).with(authentication(coordinator))
                .params(params(fields(code, 2, 1, false))).param("action", "add-question:1"));
        assertThat(added).contains("name=\"sections[1].questions[1].code\"", "Question 2.2")
                .doesNotContain("name=\"sections[0].questions[1].code\"");
        assertThat(jdbc.queryForObject("select count(*) from standards_assessment_template where code = ?", Integer.class, code)).isZero();

        // a refused rule shows beside the field it names
        Map<String, String> incomplete = fields(code, 2, 2, false);
        incomplete.remove("sections[1].questions[0].text");
        incomplete.remove("name");
        String refused = page(post("/standards/assessments/templates").with(csrf()).with(authentication(coordinator))
                .params(params(incomplete)).param("action", "save"));
        assertThat(refused).contains("id=\"sections-1-questions-0-text-error\">This field is required.</p>",
                "<a href=\"#sections-1-questions-0-text\">This field is required.</a>");
        assertThat(jdbc.queryForObject("select count(*) from standards_assessment_template where code = ?", Integer.class, code)).isZero();
        Map<String, String> noEnglishName = fields(code, 2, 2, false);
        noEnglishName.remove("name");
        assertThat(page(post("/standards/assessments/templates").with(csrf()).with(authentication(coordinator))
                .params(params(noEnglishName)).param("action", "save")))
                .contains("id=\"name-error\">Give the English text; other languages are optional.</p>");

        // saved: two risk areas of two questions
        String location = mvc.perform(post("/standards/assessments/templates").with(csrf()).with(authentication(coordinator))
                        .params(params(fields(code, 2, 2, false))).param("action", "save"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Edition 1 · 2 risk areas · 4 questions")))
                .andExpect(content().string(containsString("Is question 2.2 answered?")))
                .andExpect(content().string(containsString("Level 3 of question 1.2")));

        // French, one language at a time: the English texts stay as they were
        String french = page(get("/standards/assessments/templates/{id}/edit", id).param("language", "fr")
                .with(authentication(coordinator)));
        assertThat(french).contains("name=\"language\" value=\"fr\"", "value=\"POL\"").doesNotContain("value=\"Political oversight\"");
        // question 2.2 left untranslated: its fields come back empty, and readers in French see it in English
        Map<String, String> inFrench = fields(code, 2, 2, true);
        inFrench.replaceAll((field, value) -> field.startsWith("sections[1].questions[1].") && !field.endsWith(".code") ? "" : value);
        mvc.perform(post("/standards/assessments/templates/{id}", id).with(csrf()).with(authentication(coordinator))
                        .params(params(inFrench)).param("action", "save"))
                .andExpect(redirectedUrl("/standards/assessments/templates/" + id))
                .andExpect(flash().attribute("notice", "assessment.template.notice.saved"));
        mvc.perform(get("/standards/assessments/templates/{id}", id).header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("Contrôle politique")))
                .andExpect(content().string(containsString("La question 2.1 a-t-elle une réponse ?")))
                .andExpect(content().string(containsString("Is question 2.2 answered?")));
        mvc.perform(get("/standards/assessments/templates/{id}", id))
                .andExpect(content().string(containsString("Political oversight")))
                .andExpect(content().string(containsString("Is question 2.2 answered?")));
        assertThat(jdbc.queryForObject("select count(*) from standards_assessment_template where code = ?", Integer.class, code)).isEqualTo(1);

        // in use: an edit makes edition 2, edition 1 keeps its texts, edition 2 keeps the French
        AssessmentFixtures.start(mvc, TestActors.admin(), id, organisation, "2026-03-01");
        assertThat(page(get("/standards/assessments/templates/{id}/edit", id).with(authentication(coordinator))))
                .contains("saving makes edition 2");
        Map<String, String> changed = fields(code, 2, 2, false);
        changed.put("sections[0].questions[0].text", "Is the budget scrutinised line by line?");
        String next = mvc.perform(post("/standards/assessments/templates/{id}", id).with(csrf()).with(authentication(coordinator))
                        .params(params(changed)).param("action", "save"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "assessment.template.notice.new-edition")).andReturn().getResponse().getRedirectedUrl();
        assertThat(next).isNotEqualTo("/standards/assessments/templates/" + id);
        mvc.perform(get(next).with(authentication(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Edition 2 · 2 risk areas · 4 questions")))
                .andExpect(content().string(containsString("Is the budget scrutinised line by line?")));
        mvc.perform(get(next).header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("Contrôle politique")));
        mvc.perform(get("/standards/assessments/templates/{id}", id))
                .andExpect(content().string(containsString("Is question 1.1 answered?")))
                .andExpect(content().string(not(containsString("Is the budget scrutinised line by line?"))));
        assertThat(jdbc.queryForList("select edition from standards_assessment_template where code = ? order by edition",
                Integer.class, code)).containsExactly(1, 2);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The fields of a template of {@code sections} risk areas of {@code questions} questions, in English or French. */
    private static Map<String, String> fields(String code, int sections, int questions, boolean french) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("code", code);
        f.put("language", french ? "fr" : "en");
        f.put("name", french ? "Intégrité (pages)" : "Integrity (pages)");
        String[] names = french ? new String[] {"Contrôle politique", "Finances publiques"} : new String[] {"Political oversight", "Public finances"};
        for (int s = 0; s < sections; s++) {
            f.put("sections[" + s + "].code", s == 0 ? "POL" : "FIN");
            f.put("sections[" + s + "].name", names[s]);
            for (int q = 0; q < questions; q++) {
                String at = "sections[" + s + "].questions[" + q + "]";
                String number = (s + 1) + "." + (q + 1);
                f.put(at + ".code", (s == 0 ? "POL-" : "FIN-") + (q + 1));
                f.put(at + ".text", french ? "La question " + number + " a-t-elle une réponse ?" : "Is question " + number + " answered?");
                f.put(at + ".guidance", french ? "Conseils " + number : "Guidance for " + number);
                f.put(at + ".evidence", french ? "Preuves " + number : "Evidence for " + number);
                for (int l = 0; l < 5; l++) {
                    f.put(at + ".levels[" + l + "]", (french ? "Niveau " + l + " de la question " : "Level " + l + " of question ") + number);
                }
            }
        }
        return f;
    }

    private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> fields) {
        org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
        fields.forEach(params::add);
        return params;
    }
}
