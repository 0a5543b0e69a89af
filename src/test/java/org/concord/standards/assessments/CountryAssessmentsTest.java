package org.concord.standards.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A country's scorecard (page, API and the portal's country page) lists the latest published assessment of each
 * institution seated in the country: overall score and band, bands by risk area, a link to the assessment. An
 * assessment still in review, an older one, and one of an institution only working in the country are not shown.
 * New Caledonia (NC): a country no other test seats institutions in, since the tests share one database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CountryAssessmentsTest {

    @Autowired
    MockMvc mvc;

    static final String COUNTRY = "NC";

    long organisation(String name, String headquarters, String... countries) throws Exception {
        String json = mvc.perform(post("/api/v1/organisations").with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type": "SECURITY_INSTITUTION", "headquartersCountry": %s, "countries": [%s],
                                 "names": [{"language": "en", "name": "%s"}]}""".formatted(
                                headquarters == null ? "null" : "\"" + headquarters + "\"",
                                String.join(", ", java.util.Arrays.stream(countries).map(c -> "\"" + c + "\"").toList()), name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** Starts, submits and reviews an assessment; publishes it when asked. Returns its id. */
    long assess(long institution, long template, String on, Authentication coordinator, Authentication evaluator,
                int[] review, boolean publish) throws Exception {
        long id = AssessmentFixtures.start(mvc, coordinator, template, institution, on);
        String at = "/api/v1/standards/assessments/" + id;
        mvc.perform(post(at + "/submit").with(authentication(coordinator)).contentType(MediaType.APPLICATION_JSON)
                .content(AssessmentFixtures.selfAnswers(4, 4, 4))).andExpect(status().isOk());
        mvc.perform(post(at + "/complete").with(authentication(evaluator)).contentType(MediaType.APPLICATION_JSON)
                .content(AssessmentFixtures.reviewAnswers(review[0], review[1], review[2]))).andExpect(status().isOk());
        if (publish) {
            mvc.perform(post(at + "/publish").with(authentication(coordinator))).andExpect(status().isOk());
        }
        return id;
    }

    String read(String address, String language) throws Exception {
        return mvc.perform(get(address).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theCountryScorecardShowsEachSeatedInstitutionsLatestPublishedAssessment() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long police = organisation("Police of New Caledonia " + tag, COUNTRY);
        long prisons = organisation("Prison Service of New Caledonia " + tag, COUNTRY);
        long visiting = organisation("Visiting Police Mission " + tag, "FR", COUNTRY);
        long reviewers = organisation("Integrity Reviewers " + tag, "FR");
        Authentication evaluator = TestActors.as("nc-evaluator-" + tag, new Grant(Role.EVALUATOR, reviewers));
        Authentication policeCoordinator = TestActors.as("nc-police-" + tag, new Grant(Role.COORDINATOR, police));
        Authentication prisonsCoordinator = TestActors.as("nc-prisons-" + tag, new Grant(Role.COORDINATOR, prisons));
        Authentication visitingCoordinator = TestActors.as("nc-visiting-" + tag, new Grant(Role.COORDINATOR, visiting));
        long template = AssessmentFixtures.template(mvc, policeCoordinator);

        // the country page as a visitor reads it (and the public page cache keeps) before anything is published
        assertThat(read("/countries/" + COUNTRY, "en")).doesNotContain("Latest assessments of the country");

        long older = assess(police, template, "2024-03-31", policeCoordinator, evaluator, new int[] {1, 1, 1}, true);
        long latest = assess(police, template, "2025-06-30", policeCoordinator, evaluator, new int[] {3, 4, 3}, true);
        long inReview = assess(prisons, template, "2025-05-31", prisonsCoordinator, evaluator, new int[] {0, 0, 0}, false);
        long elsewhere = assess(visiting, template, "2025-04-30", visitingCoordinator, evaluator, new int[] {2, 2, 2}, true);

        // the API: one result, the police's latest; sections POL 3+4 of 8 = 88 (A), FIN 3 of 4 = 75 (B)
        String json = read("/api/v1/standards/scorecards/countries/" + COUNTRY, "en");
        List<Number> ids = JsonPath.read(json, "$.assessments[*].id");
        assertThat(ids).extracting(Number::longValue).containsExactly(latest);
        assertThat((String) JsonPath.read(json, "$.assessments[0].organisationName")).isEqualTo("Police of New Caledonia " + tag);
        assertThat((String) JsonPath.read(json, "$.assessments[0].assessedOn")).isEqualTo("2025-06-30");
        assertThat((List<String>) JsonPath.read(json, "$.assessments[0].sections[*].band")).containsExactly("A", "B");
        assertThat((List<Number>) JsonPath.read(json, "$.assessments[0].sections[*].score")).extracting(Number::intValue)
                .containsExactly(88, 75);
        int overall = JsonPath.read(json, "$.assessments[0].overallScore");
        String band = JsonPath.read(json, "$.assessments[0].overallBand");

        // the scorecard page and the portal's country page (kept for visitors, and refreshed by the publication)
        for (String address : List.of("/standards/scorecards/countries/" + COUNTRY, "/countries/" + COUNTRY)) {
            String page = read(address, "en");
            assertThat(page).as(address).contains("Latest assessments of the country’s institutions")
                    .contains("Police of New Caledonia " + tag)
                    .contains("href=\"/standards/assessments/" + latest + "\"")
                    .contains("Political oversight").contains("88 out of 100").contains("75 out of 100")
                    .contains("Overall").contains(overall + " out of 100").contains(">" + band + "<")
                    .doesNotContain("/standards/assessments/" + older + "\"")
                    .doesNotContain("Prison Service of New Caledonia " + tag)
                    .doesNotContain("/standards/assessments/" + inReview + "\"")
                    .doesNotContain("Visiting Police Mission " + tag)
                    .doesNotContain("/standards/assessments/" + elsewhere + "\"");
        }
        assertThat(read("/countries/" + COUNTRY, "ar")).contains("آخر تقييمات مؤسسات البلد").contains("الرقابة السياسية");

        // an institution's own scorecard keeps its latest bands; the visiting mission's is on its own scorecard
        assertThat(read("/standards/scorecards/institutions/" + visiting, "en")).contains("id=\"assessment-bands\"")
                .contains("/standards/assessments/" + elsewhere + "\"");
    }
}
