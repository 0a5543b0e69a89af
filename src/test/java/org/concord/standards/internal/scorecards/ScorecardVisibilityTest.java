package org.concord.standards.internal.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.concord.standards.ScorecardTestData;
import org.concord.standards.ScorecardTestData.On;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Scorecards show restricted indicators to those entitled to them (members of the owning organisation or one above
 * it, evaluators, administrators) and to nobody else: on the scorecard, the comparison, the API and the country page,
 * whose rendering the public page cache keeps for visitors. French Polynesia (PF) and Wallis and Futuna (WF):
 * countries no other test gives values of these indicators, since the tests share one database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardVisibilityTest {

    static final String PUBLIC = "Households reached by community policing (%)";
    static final String RESTRICTED = "Internal affairs cases closed within 90 days (%)";
    static final String IN_RESTRICTED_FRAMEWORK = "Vetting files reviewed (%)";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    long owner;
    long other;
    long parent;

    @BeforeAll
    void values() {
        parent = ScorecardTestData.organisation(jdbc, "Pacific Security Directorate");
        owner = ScorecardTestData.organisation(jdbc, "Gendarmerie of French Polynesia");
        jdbc.update("update organisation set parent_id = ? where id = ?", parent, owner);
        other = ScorecardTestData.organisation(jdbc, "Customs of French Polynesia");
        long open = ScorecardTestData.standard(jdbc, owner, "PUBLIC");
        long closed = ScorecardTestData.standard(jdbc, owner, "RESTRICTED");
        long shown = ScorecardTestData.indicator(jdbc, open, owner, PUBLIC, "HIGHER_IS_BETTER", "PUBLIC");
        long restricted = ScorecardTestData.indicator(jdbc, open, owner, RESTRICTED, "HIGHER_IS_BETTER", "RESTRICTED");
        long inClosed = ScorecardTestData.indicator(jdbc, closed, owner, IN_RESTRICTED_FRAMEWORK, "HIGHER_IS_BETTER", "PUBLIC");
        for (String country : List.of("PF", "WF")) {
            On on = On.country(country);
            ScorecardTestData.value(jdbc, shown, on, 2024, "40", "VERIFIED", null, null);
            ScorecardTestData.baseline(jdbc, restricted, on, 2020, "50");
            ScorecardTestData.target(jdbc, restricted, on, 2030, "90");
            ScorecardTestData.value(jdbc, restricted, on, 2024, "PF".equals(country) ? "77" : "61", "VERIFIED", null, null);
            ScorecardTestData.value(jdbc, inClosed, on, 2024, "12", "VERIFIED", null, null);
        }
        ScorecardTestData.value(jdbc, restricted, On.institution(owner), 2024, "66", "VERIFIED", null, null);
    }

    String page(String address, Authentication who) throws Exception {
        MockHttpServletRequestBuilder request = get(address).header("Accept-Language", "en");
        if (who != null) {
            request = request.with(authentication(who));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    List<String> names(String json, String path) {
        return JsonPath.read(json, path);
    }

    @Test
    void membersEvaluatorsAndAdministratorsSeeRestrictedIndicatorsEverywhere() throws Exception {
        for (Authentication who : List.of(TestActors.as("pf-member", new Grant(Role.TRAINEE, owner)),
                TestActors.as("pf-directorate", new Grant(Role.COORDINATOR, parent)),
                TestActors.as("pf-evaluator", new Grant(Role.EVALUATOR, other)), TestActors.admin())) {
            String card = page("/standards/scorecards/countries/PF", who);
            assertThat(card).as(who.getName()).contains(PUBLIC).contains(RESTRICTED).contains(IN_RESTRICTED_FRAMEWORK)
                    .contains("Restricted indicators are shown because you may see them").contains(">restricted<");
            String json = page("/api/v1/standards/scorecards/countries/PF", who);
            assertThat(names(json, "$.lines[*].indicator.name")).as(who.getName())
                    .contains(PUBLIC, RESTRICTED, IN_RESTRICTED_FRAMEWORK);
            assertThat((List<Boolean>) JsonPath.read(json, "$.lines[?(@.indicator.name == '" + RESTRICTED + "')].indicator.publiclyVisible"))
                    .containsExactly(false);
            assertThat((List<String>) JsonPath.read(json, "$.lines[?(@.indicator.name == '" + RESTRICTED + "')].status"))
                    .containsExactly("ON_TRACK");
            assertThat(names(page("/api/v1/standards/scorecards/institutions/" + owner, who), "$.lines[*].indicator.name"))
                    .contains(RESTRICTED);
            assertThat(names(page("/api/v1/standards/comparison?country=PF&country=WF", who), "$.rows[*].indicator.name"))
                    .contains(RESTRICTED, IN_RESTRICTED_FRAMEWORK);
            assertThat(page("/standards/comparison?country=PF&country=WF", who)).contains(RESTRICTED);
            assertThat(page("/countries/PF", who)).contains(RESTRICTED).contains(PUBLIC);
        }
    }

    @Test
    void visitorsAndOtherOrganisationsSeeOnlyPublicIndicatorsEvenAfterAMemberReadTheKeptCountryPage() throws Exception {
        Authentication member = TestActors.as("wf-member", new Grant(Role.TRAINEE, owner));
        // a member reads the country page first: what they see must not be what visitors are then served
        assertThat(page("/countries/WF", member)).contains(RESTRICTED);
        for (Authentication who : java.util.Arrays.asList(null, TestActors.as("wf-customs", new Grant(Role.COORDINATOR, other)))) {
            String as = who == null ? "visitor" : who.getName();
            for (int time = 0; time < 2; time++) { // the second visit is answered from the public page cache
                assertThat(page("/countries/WF", who)).as(as).contains(PUBLIC).doesNotContain(RESTRICTED)
                        .doesNotContain(IN_RESTRICTED_FRAMEWORK);
            }
            assertThat(page("/standards/scorecards/countries/WF", who)).as(as).contains(PUBLIC)
                    .doesNotContain(RESTRICTED).doesNotContain(IN_RESTRICTED_FRAMEWORK).doesNotContain(">restricted<");
            assertThat(names(page("/api/v1/standards/scorecards/countries/WF", who), "$.lines[*].indicator.name")).as(as)
                    .contains(PUBLIC).doesNotContain(RESTRICTED, IN_RESTRICTED_FRAMEWORK);
            assertThat(names(page("/api/v1/standards/scorecards/institutions/" + owner, who), "$.lines[*].indicator.name"))
                    .as(as).doesNotContain(RESTRICTED);
            assertThat(names(page("/api/v1/standards/comparison?country=PF&country=WF", who), "$.rows[*].indicator.name"))
                    .as(as).contains(PUBLIC).doesNotContain(RESTRICTED, IN_RESTRICTED_FRAMEWORK);
            assertThat(page("/standards/comparison?country=PF&country=WF", who)).as(as).doesNotContain(RESTRICTED);
        }
        // and the member, after visitors filled the cache, still sees theirs
        assertThat(page("/countries/WF", member)).contains(RESTRICTED);
    }
}
