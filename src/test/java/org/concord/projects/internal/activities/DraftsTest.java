package org.concord.projects.internal.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.concord.TestActors;
import org.concord.projects.Activities;
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
 * Drafts: seen by the members of the reporting organisation (any role) and of the organisations above it, and by
 * administrators, wherever activities are shown; by nobody else. Publishing and unpublishing are audited with before
 * and after; an API edit keeps the published state unless it names one. Activities in Wallis and Futuna, which no
 * other test uses, so that counts are this test's own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftsTest {

    static final String COUNTRY = "WF";
    /** Bouvet Island, where the tests that publish and unpublish put their activities. */
    static final String ELSEWHERE = "BV";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Activities activities;

    long above;
    long reporter;
    long below;
    long other;
    /** Who sees the reporting organisation's drafts (true) and who does not. */
    final Map<String, Boolean> sees = new LinkedHashMap<>();
    final Map<String, Authentication> people = new LinkedHashMap<>();

    @BeforeAll
    void fourOrganisations() throws Exception {
        above = organisation("Drafts Ministry", "XM-DRAFTS-MIN", null);
        reporter = organisation("Drafts Agency", "XM-DRAFTS-AGY", above);
        below = organisation("Drafts Field Office", "XM-DRAFTS-FLD", reporter);
        other = organisation("Drafts Other Agency", "XM-DRAFTS-OTH", null);
        person("administrator", TestActors.admin(), true);
        person("coordinator of the reporting organisation", coordinator(), true);
        person("trainee of the reporting organisation", TestActors.as("drafts-trainee", new Grant(Role.TRAINEE, reporter)), true);
        person("evaluator of the organisation above", TestActors.as("drafts-above", new Grant(Role.EVALUATOR, above)), true);
        person("coordinator of an office below", TestActors.as("drafts-below", new Grant(Role.COORDINATOR, below)), false);
        person("coordinator of another organisation", TestActors.as("drafts-other", new Grant(Role.COORDINATOR, other)), false);
        person("nobody signed in", null, false);
    }

    private void person(String name, Authentication who, boolean seesDrafts) {
        people.put(name, who);
        sees.put(name, seesDrafts);
    }

    Authentication coordinator() {
        return TestActors.as("drafts-coordinator", new Grant(Role.COORDINATOR, reporter));
    }

    private long organisation(String name, String ref, Long parent) throws Exception {
        String json = mvc.perform(post("/api/v1/organisations").with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type": "NATIONAL_GOVERNMENT", "names": [{"language": "en", "name": "%s"}],
                                 "iatiIdentifier": "%s", "roles": ["TECHNICAL_ASSISTANCE"], "parentId": %s}"""
                                .formatted(name, ref, parent)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    static String activity(String identifier, String title) {
        return activity(identifier, title, COUNTRY);
    }

    /** An activity of the reporting organisation; {@code country} other than {@link #COUNTRY} keeps its counts apart. */
    static String activity(String identifier, String title, String country) {
        return """
                {"identifier": "%s", "defaultCurrency": "USD", "defaultLanguage": "en",
                 "reportingOrg": {"ref": "XM-DRAFTS-AGY", "type": "10", "name": "Drafts Agency"},
                 "titles": [{"lang": null, "text": "%s"}],
                 "descriptions": [{"type": "1", "text": {"lang": null, "text": "Community policing on the islands."}}],
                 "participants": [{"role": "4", "ref": "XM-DRAFTS-AGY", "type": "10", "name": {"lang": null, "text": "Drafts Agency"}}],
                 "status": "2",
                 "dates": [{"type": "1", "date": "2025-01-01"}, {"type": "3", "date": "2026-12-31"}],
                 "countries": [{"code": "%s", "percentage": 100}],
                 "sectors": [{"vocabulary": "1", "code": "15132", "percentage": 100}],
                 "budgets": [{"type": "1", "status": "1", "periodStart": "2025-01-01", "periodEnd": "2025-12-31",
                              "value": {"amount": 80000, "currency": null, "valueDate": "2025-01-01"}}],
                 "regions": [],
                 "locations": [{"ref": null, "name": "Mata-Utu", "description": null, "latitude": -13.28, "longitude": -176.17}],
                 "policyMarkers": [], "transactions": [], "documents": [], "relatedActivities": [], "results": []}
                """.formatted(identifier, title, country);
    }

    private long enter(String identifier, String title, boolean published) throws Exception {
        return enter(identifier, title, published, COUNTRY);
    }

    private long enter(String identifier, String title, boolean published, String country) throws Exception {
        String json = mvc.perform(post("/api/v1/activities").param("published", String.valueOf(published))
                        .with(authentication(coordinator())).contentType(MediaType.APPLICATION_JSON)
                        .content(activity(identifier, title, country)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private String read(Authentication who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(who == null ? request : request.with(authentication(who))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int statusOf(Authentication who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(who == null ? request : request.with(authentication(who))).andReturn().getResponse().getStatus();
    }

    private <T> T as(Authentication who, java.util.function.Supplier<T> work) {
        return who == null ? work.get() : TestActors.runAs(who, work);
    }

    @Test
    void aDraftIsSeenByTheMembersOfItsOrganisationAndOfThoseAboveItAndByAdministratorsOnly() throws Exception {
        // what each person counts in the reform area before (other tests' drafts in the shared database included)
        Map<String, Integer> areaBefore = new java.util.HashMap<>();
        for (Map.Entry<String, Authentication> person : people.entrySet()) {
            areaBefore.put(person.getKey(),
                    JsonPath.read(read(person.getValue(), get("/api/v1/reform-areas/POLICE_REFORM")), "$.activities"));
        }
        long draft = enter("XM-DRAFTS-AGY-1", "Island police draft", false);
        long published = enter("XM-DRAFTS-AGY-2", "Island police programme", true);

        // every place a draft could show, for every person, reported together
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, Authentication> person : people.entrySet()) {
            String who = person.getKey();
            Authentication as = person.getValue();
            boolean member = sees.get(who);
            String title = "Island police draft";

            softly.assertThat(statusOf(as, get("/activities/" + draft))).as(who + ": its page").isEqualTo(member ? 200 : 404);
            softly.assertThat(statusOf(as, get("/api/v1/activities/" + draft))).as(who + ": the API").isEqualTo(member ? 200 : 404);
            softly.assertThat(statusOf(as, get("/activities/" + published))).as(who + ": a published one").isEqualTo(200);

            String list = read(as, get("/api/v1/activities").param("country", COUNTRY).param("facets", "true"));
            softly.assertThat(JsonPath.<List<Integer>>read(list, "$.items[*].id")).as(who + ": the list")
                    .containsExactlyInAnyOrderElementsOf(member ? List.of((int) draft, (int) published) : List.of((int) published));
            softly.assertThat(JsonPath.<Integer>read(list, "$.total")).as(who + ": the total").isEqualTo(member ? 2 : 1);
            softly.assertThat(JsonPath.<List<Integer>>read(list, "$.facets.statuses[?(@.value == '2')].count"))
                    .as(who + ": the count by status").containsExactly(member ? 2 : 1);
            softly.assertThat(read(as, get("/api/v1/activities").param("q", "island police draft")).contains(title))
                    .as(who + ": a search").isEqualTo(member);
            String page = read(as, get("/activities").param("country", COUNTRY));
            softly.assertThat(page.contains(title)).as(who + ": the list page").isEqualTo(member);
            for (String export : List.of("xml", "csv", "geojson")) {
                String body = read(as, get("/activities/export." + export).param("country", COUNTRY));
                softly.assertThat(body.contains("XM-DRAFTS-AGY-1")).as(who + ": export " + export).isEqualTo(member);
                softly.assertThat(body).as(who + ": export " + export).contains("XM-DRAFTS-AGY-2");
            }
            softly.assertThat(as(as, () -> activities.summary(draft)).isPresent()).as(who + ": summary").isEqualTo(member);
            softly.assertThat(as(as, () -> activities.summaries(List.of(draft))).stream().map(s -> s.id()).toList())
                    .as(who + ": summaries").isEqualTo(member ? List.of(draft) : List.of());
            softly.assertThat(as(as, () -> activities.inCountry(COUNTRY, 10)).stream().filter(s -> s.id() == draft)
                    .map(s -> s.published()).toList()).as(who + ": in the country").isEqualTo(member ? List.of(false) : List.of());
            int areaCount = JsonPath.read(read(as, get("/api/v1/reform-areas/POLICE_REFORM")), "$.activities");
            softly.assertThat(areaCount).as(who + ": activities in the reform area").isEqualTo(areaBefore.get(who) + 1 + (member ? 1 : 0));

            // the country's figures, map and who-does-what count published activities only, for everyone
            softly.assertThat(JsonPath.<Integer>read(read(as, get("/api/v1/countries/WF/who-does-what")), "$.matrix.total.activities"))
                    .as(who + ": who does what").isEqualTo(1);
            softly.assertThat(JsonPath.<List<Integer>>read(read(as, get("/api/v1/map")), "$.countries[?(@.code == 'WF')].activities"))
                    .as(who + ": the map").containsExactly(1);
        }
        softly.assertAll();
    }

    @Test
    void theDraftsOwnCoordinatorOpensItsPageAndPublishesIt() throws Exception {
        long draft = enter("XM-DRAFTS-AGY-3", "Island coast guard draft", false, ELSEWHERE);
        String page = read(coordinator(), get("/activities/" + draft));
        assertThat(page).contains("Island coast guard draft", "Draft — not public", "action=\"/activities/" + draft + "/publish\"");

        mvc.perform(post("/activities/" + draft + "/publish").with(csrf()).with(authentication(coordinator())))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(null, get("/activities/" + draft))).as("anonymous, once published").isEqualTo(200);
        assertThat(audit(draft, "published")).containsExactly(
                "{\"published\":{\"after\":\"true\",\"before\":\"false\"}}");

        mvc.perform(post("/api/v1/activities/" + draft + "/unpublish").with(authentication(coordinator())))
                .andExpect(status().isOk());
        assertThat(statusOf(null, get("/api/v1/activities/" + draft))).as("anonymous, once a draft again").isEqualTo(404);
        assertThat(audit(draft, "unpublished")).containsExactly(
                "{\"published\":{\"after\":\"false\",\"before\":\"true\"}}");

        // a member who is not a coordinator sees it, and may not publish it; unpublishing what is a draft changes nothing
        long rows = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        mvc.perform(post("/api/v1/activities/" + draft + "/publish").with(authentication(people.get("trainee of the reporting organisation"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/activities/" + draft + "/publish").with(authentication(people.get("coordinator of another organisation"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/activities/" + draft + "/unpublish").with(authentication(coordinator())))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(rows);
    }

    @Test
    void anApiEditKeepsThePublishedStateUnlessItSaysOtherwise() throws Exception {
        long draft = enter("XM-DRAFTS-AGY-4", "Island prison reform", false, ELSEWHERE);
        mvc.perform(put("/api/v1/activities/" + draft).with(authentication(coordinator()))
                        .contentType(MediaType.APPLICATION_JSON).content(activity("XM-DRAFTS-AGY-4", "Island prison reform, revised", ELSEWHERE)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select published from activity where id = ?", Boolean.class, draft))
                .as("still a draft").isFalse();
        assertThat(audit(draft, "published")).isEmpty();
        assertThat(statusOf(null, get("/api/v1/activities/" + draft))).isEqualTo(404);

        mvc.perform(put("/api/v1/activities/" + draft).param("published", "true").with(authentication(coordinator()))
                        .contentType(MediaType.APPLICATION_JSON).content(activity("XM-DRAFTS-AGY-4", "Island prison reform, revised", ELSEWHERE)))
                .andExpect(status().isOk());
        assertThat(statusOf(null, get("/api/v1/activities/" + draft))).isEqualTo(200);
        assertThat(audit(draft, "published")).containsExactly(
                "{\"published\":{\"after\":\"true\",\"before\":\"false\"}}");

        mvc.perform(put("/api/v1/activities/" + draft).with(authentication(coordinator()))
                        .contentType(MediaType.APPLICATION_JSON).content(activity("XM-DRAFTS-AGY-4", "Island prison reform, final", ELSEWHERE)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select published from activity where id = ?", Boolean.class, draft))
                .as("still public").isTrue();
    }

    private List<String> audit(long activity, String action) {
        return jdbc.queryForList("select changes from audit_entry where entity_type = 'activity' and entity_id = ? "
                + "and action = ? order by id", String.class, String.valueOf(activity), action);
    }
}
