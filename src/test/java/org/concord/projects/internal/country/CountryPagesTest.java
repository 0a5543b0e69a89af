package org.concord.projects.internal.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.TestActors;
import org.concord.projects.CountryPriority;
import org.concord.projects.ReformArea;
import org.concord.projects.WhoDoesWhat.Cell;
import org.concord.projects.WhoDoesWhat.Row;
import org.concord.projects.WhoDoesWhat;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.projects.internal.country.CountryPriorityForm;
import org.concord.projects.internal.country.CountryProfiles;
import org.concord.projects.internal.country.NationalPriorityService;
import org.concord.projects.internal.reference.ReformAreas;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who does what in South Georgia (with a part of one activity in Palau), the national priorities with their gap and
 * little-funding flags, who may edit priorities, and the world map's figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountryPagesTest {

    static final String ALPHA = "XI-TEST-GS-ALPHA";
    static final String BETA = "XI-TEST-GS-BETA";

    @Autowired
    MockMvc mvc;
    @Autowired
    CountryProfiles profiles;
    @Autowired
    NationalPriorityService priorities;
    @Autowired
    JdbcTemplate jdbc;

    final Authentication coordinator = TestActors.as("gs-coordinator", new Grant(Role.COORDINATOR, 999_001L));
    final Authentication trainer = TestActors.as("gs-trainer", new Grant(Role.TRAINER, 999_001L));

    @BeforeAll
    void threeActivitiesAndFourPriorities(@Autowired ActivityStore store, @Autowired ReformAreas areas,
                                          @Autowired TransactionTemplate transactions) {
        Fixtures fixtures = new Fixtures(store, areas, transactions);
        // Alpha: police reform in South Georgia, under way, 200,000
        fixtures.save(Fixtures.activity("XI-TEST-GS-A1", ALPHA, "Alpha police mission").implementer(ALPHA, "Alpha police mission")
                .country("GS", 100).sector("15132", 100).budget(200_000).build());
        // Beta: half in South Georgia, half in Palau; half police, half justice; closed;
        // 1,000,000 → 250,000 + 250,000 in South Georgia
        fixtures.save(Fixtures.activity("XI-TEST-GS-B1", BETA, "Beta justice trust").implementer(BETA, "Beta justice trust")
                .country("GS", 50).country("PW", 50).sector("15132", 50).sector("15130", 50).budget(1_000_000)
                .status("4").build());
        // Alpha again: a small human-rights activity, under way, 10,000
        fixtures.save(Fixtures.activity("XI-TEST-GS-A2", ALPHA, "Alpha police mission").implementer(ALPHA, "Alpha police mission")
                .country("GS", null).sector("15160", null).budget(10_000).build());
        if (jdbc.queryForObject("select count(*) from country_priority where country_code = 'GS'", Integer.class) == 0) {
            TestActors.runAs(TestActors.admin(), () -> {
                priorities.create("GS", form("Community policing", "POLICE_REFORM"));
                priorities.create("GS", form("Courts closer to citizens", "JUSTICE_CORRECTIONS"));
                priorities.create("GS", form("Border posts", "BORDER_MANAGEMENT"));
                priorities.create("GS", form("An ombudsperson for the security services", "HUMAN_RIGHTS"));
                return null;
            });
        }
    }

    static CountryPriorityForm form(String title, String area) {
        CountryPriorityForm form = new CountryPriorityForm();
        form.setTitle(title);
        form.setReformArea(area);
        return form;
    }

    @Test
    void whoDoesWhatApportionsEachActivityByCountryAndReformArea() {
        WhoDoesWhat matrix = profiles.whoDoesWhat("GS", Locale.ENGLISH);
        assertThat(matrix.areas()).extracting(ReformArea::code)
                .containsExactlyInAnyOrder("POLICE_REFORM", "JUSTICE_CORRECTIONS", "HUMAN_RIGHTS");
        Map<String, Row> rows = new java.util.HashMap<>();
        matrix.rows().forEach(r -> rows.put(r.implementerKey(), r));
        assertThat(rows).containsOnlyKeys(ALPHA, BETA);
        assertCell(rows.get(ALPHA).cells().get("POLICE_REFORM"), 1, "200000");
        assertCell(rows.get(ALPHA).cells().get("HUMAN_RIGHTS"), 1, "10000");
        assertThat(rows.get(ALPHA).cells()).doesNotContainKey("JUSTICE_CORRECTIONS");
        assertCell(rows.get(BETA).cells().get("POLICE_REFORM"), 1, "250000");
        assertCell(rows.get(BETA).cells().get("JUSTICE_CORRECTIONS"), 1, "250000");
        assertCell(rows.get(BETA).total(), 1, "500000");
        assertCell(matrix.areaTotals().get("POLICE_REFORM"), 2, "450000");
        assertCell(matrix.total(), 3, "710000");
    }

    private static void assertCell(Cell cell, long activities, String usd) {
        assertThat(cell).isNotNull();
        assertThat(cell.activities()).isEqualTo(activities);
        assertThat(cell.budgetUsd()).isEqualByComparingTo(usd);
    }

    @Test
    void prioritiesWithoutAnActiveFundedActivityAreGapsAndThoseUnderFivePercentHaveLittleFunding() {
        Map<String, CountryPriority> byTitle = new java.util.HashMap<>();
        profiles.priorities("GS", Locale.ENGLISH).forEach(p -> byTitle.put(p.title(), p));
        CountryPriority policing = byTitle.get("Community policing");
        assertThat(policing.gap()).isFalse();
        assertThat(policing.littleFunding()).isFalse();
        assertThat(policing.activities()).hasSize(2);
        assertThat(policing.budgetUsd()).isEqualByComparingTo("450000");
        // only the closed Beta activity serves the courts
        assertThat(byTitle.get("Courts closer to citizens").gap()).isTrue();
        assertThat(byTitle.get("Courts closer to citizens").activities()).hasSize(1);
        assertThat(byTitle.get("Border posts").gap()).isTrue();
        assertThat(byTitle.get("Border posts").activities()).isEmpty();
        // 10,000 of 710,000 is 1.4 %
        CountryPriority ombudsperson = byTitle.get("An ombudsperson for the security services");
        assertThat(ombudsperson.gap()).isFalse();
        assertThat(ombudsperson.littleFunding()).isTrue();
    }

    @Test
    void theCountryPageShowsTheMatrixTimelineFundingAndFlaggedPriorities() throws Exception {
        String page = mvc.perform(get("/countries/GS").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<caption id=\"matrix-caption\">Who does what in South Georgia")
                .contains("scope=\"row\"").contains("Alpha police mission").contains("Beta justice trust")
                .contains("Activities over time").contains("id=\"timeline-data\"")
                .contains("Gap").contains("Little funding").contains("Counted once:")
                .doesNotContain("Edit national priorities");
        mvc.perform(get("/countries/GS").param("lang", "ar")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("dir=\"rtl\"")))
                .andExpect(content().string(Matchers.containsString("من يفعل ماذا")));
        mvc.perform(get("/countries/GS").with(authentication(coordinator)).param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("Edit national priorities")));
    }

    @Test
    void unknownCountriesAreNotFound() throws Exception {
        mvc.perform(get("/countries/QQ")).andExpect(status().isNotFound());
        mvc.perform(get("/countries/Narnia")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/countries/QQ/who-does-what")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/countries/QQ/funding")).andExpect(status().isNotFound());
    }

    @Test
    void theWhoDoesWhatApiGivesTheMatrixAndTheRules() throws Exception {
        mvc.perform(get("/api/v1/countries/GS/who-does-what").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.country.name").value("South Georgia & South Sandwich Islands"))
                .andExpect(jsonPath("$.matrix.total.activities").value(3))
                .andExpect(jsonPath("$.matrix.total.budgetUsd").value(710000.0))
                .andExpect(jsonPath("$.matrix.rows[0].implementerKey").value(BETA))
                .andExpect(jsonPath("$.matrix.rows[0].cells.POLICE_REFORM.budgetUsd").value(250000.0))
                .andExpect(jsonPath("$.rules[*].key").value(Matchers.hasItem("funding.rule.apportion")));
    }

    @Test
    void theMapCountsActivitiesAndCountedBudgetByCountry() throws Exception {
        mvc.perform(get("/api/v1/map").param("measure", "activities"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.countries[?(@.code == 'GS')].activities").value(Matchers.contains(3)))
                .andExpect(jsonPath("$.countries[?(@.code == 'GS')].value").value(Matchers.contains(3)))
                .andExpect(jsonPath("$.countries[?(@.code == 'PW')].activities").value(Matchers.contains(1)))
                .andExpect(jsonPath("$.countries[?(@.code == 'GS')].alpha3").value(Matchers.contains("SGS")));
        mvc.perform(get("/api/v1/map").param("measure", "budget"))
                .andExpect(jsonPath("$.countries[?(@.code == 'PW')].value").value(Matchers.contains(500000.0)));
        mvc.perform(get("/api/v1/map").param("measure", "everything")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("measure"));
        String page = mvc.perform(get("/map").param("measure", "budget").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<option value=\"budget\" selected=\"selected\"").contains("href=\"/countries/GS\"")
                .contains("id=\"map-data\"").contains("<caption>SSR activities and counted budget by country</caption>");
        mvc.perform(get("/geo/world-110m.geojson")).andExpect(status().isOk());
    }

    @Test
    void onlyCoordinatorsAndAdministratorsEditPrioritiesAndEachChangeIsAudited() throws Exception {
        // anonymous: sent to sign in; a trainer: refused
        mvc.perform(get("/countries/GS/priorities")).andExpect(status().isFound())
                .andExpect(header().string("Location", Matchers.endsWith("/sign-in")));
        mvc.perform(post("/countries/GS/priorities").with(csrf()).param("title", "x").param("reformArea", "DDR"))
                .andExpect(status().isFound()).andExpect(header().string("Location", Matchers.endsWith("/sign-in")));
        mvc.perform(get("/countries/GS/priorities").with(authentication(trainer))).andExpect(status().isForbidden());
        mvc.perform(post("/countries/GS/priorities").with(authentication(trainer)).with(csrf())
                .param("title", "Refused").param("reformArea", "DDR")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from country_priority where title = 'Refused'", Integer.class)).isZero();

        // a coordinator of any organisation adds, edits and deletes
        mvc.perform(get("/countries/GS/priorities").with(authentication(coordinator))).andExpect(status().isOk());
        mvc.perform(post("/countries/GS/priorities").with(authentication(coordinator)).with(csrf())
                        .param("title", "Reintegrate former fighters").param("reformArea", "DDR"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/countries/GS/priorities"));
        long id = jdbc.queryForObject("select id from country_priority where title = 'Reintegrate former fighters'", Long.class);
        assertThat(audit(id)).containsExactly("created gs-coordinator");

        mvc.perform(post("/countries/GS/priorities/" + id).with(authentication(coordinator)).with(csrf())
                        .param("title", "Reintegrate former combatants").param("reformArea", "DDR").param("version", "0"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select title from country_priority where id = ?", String.class, id))
                .isEqualTo("Reintegrate former combatants");
        // a stale version is refused, not overwritten
        mvc.perform(post("/countries/GS/priorities/" + id).with(authentication(coordinator)).with(csrf())
                        .param("title", "Stale").param("reformArea", "DDR").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Someone else changed this")));
        // a missing title is named beside the field
        mvc.perform(post("/countries/GS/priorities").with(authentication(coordinator)).with(csrf())
                        .param("title", " ").param("reformArea", "DDR").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"title-error\"")));
        // not this country's priority
        mvc.perform(post("/countries/PW/priorities/" + id + "/delete").with(authentication(coordinator)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/countries/GS/priorities/" + id + "/delete").with(authentication(coordinator)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select count(*) from country_priority where id = ?", Integer.class, id)).isZero();
        assertThat(audit(id)).containsExactly("created gs-coordinator", "updated gs-coordinator", "deleted gs-coordinator");
    }

    private List<String> audit(long id) {
        return jdbc.queryForList("""
                select action || ' ' || actor from audit_entry where entity_type = 'country-priority' and entity_id = ?
                order by id""", String.class, String.valueOf(id));
    }
}
