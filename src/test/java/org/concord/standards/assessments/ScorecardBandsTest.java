package org.concord.standards.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * An institution's public scorecard shows the section bands of its latest published assessment (and not those of an
 * assessment still in review); an institution with no published assessment shows no bands.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScorecardBandsTest {

    @Autowired
    MockMvc mvc;

    String scorecard(long institution, String language) throws Exception {
        return mvc.perform(get("/standards/scorecards/institutions/" + institution).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theInstitutionScorecardShowsTheLatestPublishedBandsBySection() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long institution = AssessmentFixtures.organisation(mvc, "Defence Ministry Bands " + tag);
        long reviewers = AssessmentFixtures.organisation(mvc, "Integrity Reviewers Bands " + tag);
        Authentication coordinator = TestActors.as("bands-coordinator-" + tag, new Grant(Role.COORDINATOR, institution));
        Authentication evaluator = TestActors.as("bands-evaluator-" + tag, new Grant(Role.EVALUATOR, reviewers));
        long template = AssessmentFixtures.template(mvc, coordinator);

        assertThat(scorecard(institution, "en")).doesNotContain("id=\"assessment-bands\"");

        long id = AssessmentFixtures.start(mvc, coordinator, template, institution, "2025-06-30");
        String at = "/api/v1/standards/assessments/" + id;
        mvc.perform(post(at + "/submit").with(authentication(coordinator)).contentType(MediaType.APPLICATION_JSON)
                .content(AssessmentFixtures.selfAnswers(4, 4, 4))).andExpect(status().isOk());
        mvc.perform(post(at + "/complete").with(authentication(evaluator)).contentType(MediaType.APPLICATION_JSON)
                .content(AssessmentFixtures.reviewAnswers(3, 4, 3))).andExpect(status().isOk());
        // reviewed but not yet published: not public, so not on the scorecard
        assertThat(scorecard(institution, "en")).doesNotContain("id=\"assessment-bands\"");

        mvc.perform(post(at + "/publish").with(authentication(coordinator))).andExpect(status().isOk());
        // the peer review's answers: political oversight 3 and 4 of 4 (88, band A), finances 3 of 4 (75, band B)
        String page = scorecard(institution, "en");
        assertThat(page).contains("id=\"assessment-bands\"").contains("Latest assessment, by risk area");
        String bands = page.substring(page.indexOf("id=\"assessment-bands\""), page.indexOf("</section>", page.indexOf("id=\"assessment-bands\"")));
        assertThat(bands).contains("Political oversight").contains("88 out of 100").contains(">A<")
                .contains("Finances").contains("75 out of 100").contains(">B<");
        assertThat(scorecard(institution, "ar")).contains("الرقابة السياسية");
    }
}
