package org.concord.standards.assessments;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.concord.TestActors;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** Organisations, a template and answers for the assessment tests, made through the API as a user would. */
public final class AssessmentFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private AssessmentFixtures() {
    }

    public static long organisation(MockMvc mvc, String name) throws Exception {
        String json = mvc.perform(post("/api/v1/organisations").with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type": "NATIONAL_GOVERNMENT", "names": [{"language": "en", "name": "%s"}]}""".formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** The test template (src/test/resources/standards/assessment-template.json) under a code of its own. */
    static String templateJson(String code) throws Exception {
        try (var in = AssessmentFixtures.class.getResourceAsStream("/standards/assessment-template.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).formatted(code);
        }
    }

    static String uniqueCode(String base) {
        return base + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    public static long template(MockMvc mvc, Authentication who) throws Exception {
        String json = mvc.perform(post("/api/v1/standards/assessments/templates").with(authentication(who))
                        .contentType(MediaType.APPLICATION_JSON).content(templateJson(uniqueCode("integrity"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    public static long start(MockMvc mvc, Authentication who, long templateId, long organisationId, String on) throws Exception {
        String json = mvc.perform(post("/api/v1/standards/assessments").with(authentication(who))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"templateId": %d, "organisationId": %d, "assessedOn": "%s"}""".formatted(templateId, organisationId, on)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** The institution's answers: POL-1, POL-2, FIN-1 scored so. */
    public static String selfAnswers(int pol1, int pol2, int fin1) {
        return """
                {"rows": [
                  {"question": "POL-1", "score": %d, "justification": "The committee, said \\"line by line\\", reads it.", "evidence": "https://parliament.example/minutes/12\\nBudget law 2025, art. 4"},
                  {"question": "POL-2", "score": %d, "justification": "Most are published."},
                  {"question": "FIN-1", "score": %d}]}""".formatted(pol1, pol2, fin1);
    }

    public static String reviewAnswers(int pol1, int pol2, int fin1) {
        return """
                {"rows": [
                  {"question": "POL-1", "score": %d, "comment": "Only the main headings are discussed."},
                  {"question": "POL-2", "score": %d},
                  {"question": "FIN-1", "score": %d, "comment": "Agreed, with reservations."}]}""".formatted(pol1, pol2, fin1);
    }
}
