package org.concord.funding.internal.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.concord.TestActors;
import org.concord.funding.FundingFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The conditionality register of one country: two donors' conditions on a ministry, grouped and flagged, and a
 * third donor's confidential conditions shown without what the funder keeps to itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConditionalityRegisterTest {

    private static final String COUNTRY = "MW";
    private static final String SECRET = "The border guard hands its radio logs to the funder every week";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    long civilianA;
    long civilianB;
    long complaintsA;
    long complaintsB;
    long secret;

    @BeforeAll
    void conditionsOfThreeDonors() {
        FundingFixtures f = new FundingFixtures(jdbc);
        long ministry = f.organisation("Ministry of Defence");
        long donorA = f.organisation("Donor A");
        long donorB = f.organisation("Donor B");
        long donorC = f.organisation("Donor C");
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2029, 12, 31);
        long a = f.agreement(donorA, ministry, COUNTRY, "EUR", "100000", start, end);
        long b = f.agreement(donorB, ministry, COUNTRY, "USD", "100000", start, end);
        long c = f.agreement(donorC, ministry, COUNTRY, "GBP", "100000", start, end);
        f.confidential(c, "CONDITIONS");
        civilianA = f.processCondition(a, "A civilian heads the procurement directorate", "OPEN");
        civilianB = f.processCondition(b, "The procurement directorate is headed by a civilian", "MET");
        complaintsA = f.outcomeCondition(a, "Complaints handled within 90 days", 9101, "AT_LEAST", "80");
        complaintsB = f.outcomeCondition(b, "Complaints handled within 90 days", 9101, "AT_MOST", "50");
        secret = f.processCondition(c, SECRET, "SUBMITTED");
        f.processCondition(c, "A civilian heads the procurement directorate", "OPEN");
    }

    @Test
    void similarAsksOfTwoDonorsAreGroupedAndImpossibleTargetsFlagged() throws Exception {
        String json = mvc.perform(get("/api/v1/funding/register").param("country", COUNTRY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conditions").value(6))
                .andExpect(jsonPath("$.contradictions").value(1))
                .andReturn().getResponse().getContentAsString();
        List<List<Integer>> groups = new java.util.ArrayList<>();
        int count = JsonPath.read(json, "$.groups.length()");
        for (int i = 0; i < count; i++) {
            groups.add(JsonPath.read(json, "$.groups[" + i + "].conditions[*].id"));
        }
        assertThat(groups).anySatisfy(ids -> assertThat(ids).containsExactlyInAnyOrder((int) civilianA, (int) civilianB));
        List<Object> contradicting = JsonPath.read(json, "$.groups[*].contradicting[*]");
        assertThat(contradicting).containsExactlyInAnyOrder((int) complaintsA, (int) complaintsB);
        List<String> statuses = JsonPath.read(json, "$.groups[*].conditions[?(@.id == " + civilianB + ")].status");
        assertThat(statuses).containsExactly("MET");
    }

    @Test
    void thePublicPageHidesWhatTheFunderKeepsConfidential() throws Exception {
        String page = mvc.perform(get("/funding/register/" + COUNTRY).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("A civilian heads the procurement directorate")
                .contains("The procurement directorate is headed by a civilian")
                .contains("Contradictory: these donors’ targets cannot all be met.")
                .contains("evidence submitted")
                .doesNotContain(SECRET);
        String api = mvc.perform(get("/api/v1/funding/register").param("country", COUNTRY))
                .andReturn().getResponse().getContentAsString();
        assertThat(api).doesNotContain(SECRET);
        // nor is the confidential copy of donor A's ask grouped with it: that would tell what it says
        List<Object> sharedAsks = JsonPath.read(api, "$.groups[?(@.acrossDonors == true)].conditions[*].text");
        assertThat(sharedAsks).hasSize(2 + 2); // A's and B's civilian asks; A's and B's complaints targets

        String forAdmin = mvc.perform(get("/api/v1/funding/register").param("country", COUNTRY)
                        .with(authentication(TestActors.admin())))
                .andReturn().getResponse().getContentAsString();
        assertThat(forAdmin).contains(SECRET);
    }

    @Test
    void aRegisterNeedsACountry() throws Exception {
        mvc.perform(get("/api/v1/funding/register"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("country"));
    }

    @Test
    void theCountryPageShowsTheFundingSection() throws Exception {
        String page = mvc.perform(get("/countries/" + COUNTRY).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Funding agreements and their conditions")
                .contains("/funding/register/" + COUNTRY)
                .contains("Domestic ownership by institution");
    }
}
