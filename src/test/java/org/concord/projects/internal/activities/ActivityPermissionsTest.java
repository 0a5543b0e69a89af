package org.concord.projects.internal.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** Hand-entered activities: only the reporting organisation's coordinators edit them; drafts stay private. */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityPermissionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    static String activity(String identifier, String reportingRef, String title, String currency) {
        return """
                {"identifier": "%s", "defaultCurrency": "%s", "defaultLanguage": "en",
                 "reportingOrg": {"ref": "%s", "type": "40", "name": "UNDP"},
                 "titles": [{"lang": null, "text": "%s"}],
                 "descriptions": [{"type": "1", "text": {"lang": null, "text": "Community policing in three oblasts."}}],
                 "participants": [{"role": "1", "ref": "%s", "type": "40", "name": {"lang": null, "text": "UNDP"}}],
                 "status": "2",
                 "dates": [{"type": "1", "date": "2025-01-01"}, {"type": "3", "date": "2026-12-31"}],
                 "countries": [{"code": "UA", "percentage": 100}],
                 "sectors": [{"vocabulary": "1", "code": "15132", "percentage": 100}],
                 "budgets": [{"type": "1", "status": "1", "periodStart": "2025-01-01", "periodEnd": "2025-12-31",
                              "value": {"amount": 250000, "currency": null, "valueDate": "2025-01-01"}}],
                 "regions": [], "locations": [], "policyMarkers": [], "transactions": [], "documents": [],
                 "relatedActivities": [], "results": []}
                """.formatted(identifier, currency, reportingRef, title, reportingRef);
    }

    Authentication coordinatorOf(String slug) {
        long id = jdbc.queryForObject("select id from organisation where slug = ?", Long.class, slug);
        return TestActors.as("coordinator-" + slug, new Grant(Role.COORDINATOR, id));
    }

    @Test
    void theListOffersEnteringAndImportingOnlyToThoseWhoMay() throws Exception {
        String coordinator = mvc.perform(get("/activities").with(authentication(coordinatorOf("undp"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(coordinator).contains("href=\"/activities/new\"", "href=\"/activities/import\"");

        long undp = jdbc.queryForObject("select id from organisation where slug = 'undp'", Long.class);
        String evaluator = mvc.perform(get("/activities").with(authentication(
                        TestActors.as("evaluator-undp", new Grant(Role.EVALUATOR, undp)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(evaluator).doesNotContain("href=\"/activities/new\"", "href=\"/activities/import\"");
    }

    @Test
    void aCoordinatorEntersAndEditsOwnActivitiesButNotAnotherOrganisations() throws Exception {
        String created = mvc.perform(post("/api/v1/activities").with(authentication(coordinatorOf("undp")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("XM-DAC-41114-HAND-1", "XM-DAC-41114", "Community policing, Ukraine", "USD")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.activity.identifier").value("XM-DAC-41114-HAND-1"))
                .andExpect(jsonPath("$.source").value("manual"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        assertThat(jdbc.queryForObject("select reform_area from activity_sector where activity_id = ?", String.class, id))
                .isEqualTo("POLICE_REFORM");

        mvc.perform(put("/api/v1/activities/" + id).with(authentication(coordinatorOf("undp")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("XM-DAC-41114-HAND-1", "XM-DAC-41114", "Community policing in Ukraine", "USD")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activity.titles[0].text").value("Community policing in Ukraine"));

        long audit = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        // a coordinator of another organisation may neither edit it nor enter activities in UNDP's name
        mvc.perform(put("/api/v1/activities/" + id).with(authentication(coordinatorOf("unicef")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("XM-DAC-41114-HAND-1", "XM-DAC-41114", "Taken over", "USD")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/activities").with(authentication(coordinatorOf("unicef")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("XM-DAC-41114-HAND-2", "XM-DAC-41114", "In someone else's name", "USD")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON)
                        .content(activity("XM-DAC-41114-HAND-3", "XM-DAC-41114", "Anonymous", "USD")))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(audit);
        assertThat(jdbc.queryForObject("select title from activity where id = ?", String.class, id))
                .isEqualTo("Community policing in Ukraine");
    }

    @Test
    void aCoordinatorEntersAnActivityThroughThePageForm() throws Exception {
        var result = mvc.perform(post("/activities/new").with(authentication(coordinatorOf("undp")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("reportingOrgRef", "XM-DAC-41114").param("identifier", "XM-DAC-41114-FORM-1")
                        .param("title", "Border police training, Moldova").param("status", "2")
                        .param("plannedStart", "2025-03-01").param("plannedEnd", "2026-02-28").param("country", "MD")
                        .param("sector", "15136").param("implementerRef", "XM-DAC-41114")
                        .param("budget", "120000").param("currency", "EUR").param("published", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).matches("/activities/\\d+");
        assertThat(jdbc.queryForObject("select reform_area from activity_sector s join activity a on a.id = s.activity_id "
                + "where a.iati_identifier = 'XM-DAC-41114-FORM-1'", String.class)).isEqualTo("BORDER_MANAGEMENT");

        // a trainer may not open the form; a mistake comes back beside the field
        mvc.perform(get("/activities/new").with(authentication(TestActors.as("t", new Grant(Role.TRAINER, 1L)))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/activities/new").with(authentication(coordinatorOf("undp")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("reportingOrgRef", "XM-DAC-41114").param("identifier", "").param("title", ""))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("This field is required.")));
    }

    @Test
    void handEnteredActivitiesFollowTheImportersRules() throws Exception {
        mvc.perform(post("/api/v1/activities").with(authentication(coordinatorOf("undp")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(activity("XM-DAC-41114-HAND-BAD", "XM-DAC-41114", "Bad currency", "XXY")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("iati-rule"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("XXY")));
        assertThat(jdbc.queryForObject("select count(*) from activity where iati_identifier = 'XM-DAC-41114-HAND-BAD'",
                Long.class)).isZero();
    }

    @Test
    void anonymousVisitorsReadPublishedActivitiesOnly() throws Exception {
        String created = mvc.perform(post("/api/v1/activities").param("published", "false")
                        .with(authentication(coordinatorOf("undp"))).contentType(MediaType.APPLICATION_JSON)
                        .content(activity("XM-DAC-41114-HAND-DRAFT", "XM-DAC-41114", "Draft police programme", "USD")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(get("/api/v1/activities/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/activities/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/activities").param("q", "draft police programme").param("size", "100"))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/activities/" + id).with(authentication(TestActors.as("someone", new Grant(Role.TRAINEE, 1L)))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/activities").param("q", "draft police programme").param("size", "100")
                        .with(authentication(TestActors.as("someone", new Grant(Role.TRAINEE, 1L)))))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
    }
}
