package org.concord.projects.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.projects.internal.reference.ReferenceFixtures.sector;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.concord.TestActors;
import org.concord.projects.ActivitiesChanged;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.projects.internal.reference.ReformAreaService;
import org.concord.projects.internal.reference.ReformAreas;
import org.concord.projects.internal.reference.SectorMappings;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editing the reform-area thesaurus: administrators add areas and map DAC codes to them, and every stored activity
 * sector a change concerns moves with it, so that the figures readers see follow at once; nobody else may edit;
 * mistakes are refused naming the field and the rule.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReformAreaEditingTest {

    static final Authentication ADMIN = TestActors.admin();
    static final Authentication COORDINATOR = TestActors.as("reference-coordinator", new Grant(Role.COORDINATOR, 1L));
    static final String AREA = "LOCAL_GOVERNANCE";
    static final String NEW_AREA = """
            {"code": "LOCAL_GOVERNANCE", "nameEn": "Local security governance", "nameFr": "Gouvernance locale de la sécurité",
             "nameEs": "Gobernanza local de la seguridad", "nameRu": "Местное управление безопасностью",
             "nameAr": "الحوكمة المحلية للأمن", "nameUk": "Місцеве врядування безпекою", "colour": "#1F6F5C"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @Autowired
    ReformAreas reformAreas;
    @Autowired
    TransactionTemplate transactions;

    ReferenceFixtures fixtures;

    @BeforeEach
    void fixtures(@Autowired ActivityStore store) {
        fixtures = new ReferenceFixtures(store, reformAreas, transactions);
    }

    @AfterEach
    void restoreTheSeededThesaurus(@Autowired ReformAreaService service, @Autowired SectorMappings mappings) {
        TestActors.runAs(ADMIN, () -> {
            jdbc.query("""
                    select vocabulary, sector_code from reform_area_sector
                    where reform_area = ? or (vocabulary, sector_code) in (('1', '15185'), ('2', '160'))""",
                    (rs, i) -> List.of(rs.getString(1), rs.getString(2)), AREA)
                    .forEach(m -> mappings.unmap(m.get(0), m.get(1), null));
            if (jdbc.queryForObject("select count(*) from reform_area where code = ?", Integer.class, AREA) > 0) {
                service.delete(AREA, null);
            }
            return null;
        });
        fixtures.removeAll();
    }

    private String areaOf(long activity, String code) {
        return jdbc.queryForObject("select reform_area from activity_sector where activity_id = ? and code = ?",
                String.class, activity, code);
    }

    private long audit() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    @Test
    void anAdministratorsMappingReclassifiesTheStoredSectorsAndTheFiguresFollow() throws Exception {
        // 15185 (local government administration) is not mapped one by one: it falls back to its category 151
        long local = fixtures.save("XI-TEST-REF-LI-1", "LI", List.of(sector("1", "15185")), new BigDecimal("100000"), "USD");
        long other = fixtures.save("XI-TEST-REF-LI-2", "LI", List.of(sector("2", "151")), new BigDecimal("50000"), "USD");
        assertThat(areaOf(local, "15185")).isEqualTo("ANTI_CORRUPTION");
        mvc.perform(get("/api/v1/countries/LI/who-does-what"))
                .andExpect(jsonPath("$.matrix.areaTotals.ANTI_CORRUPTION.activities").value(2));
        ReformAreas.Mapping heldMapping = reformAreas.mapping();

        mvc.perform(post("/api/v1/reform-areas").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_AREA))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(AREA))
                .andExpect(jsonPath("$.colour").value("#1f6f5c"))
                .andExpect(jsonPath("$.activitySectors").value(0));

        events.clear();
        mvc.perform(put("/api/v1/reform-areas/mappings/1/15185").with(authentication(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"area\": \"" + AREA + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mapping.sectorName").value("Local government administration"))
                .andExpect(jsonPath("$.previousArea").doesNotExist())
                .andExpect(jsonPath("$.reclassifiedSectors").value(1))
                .andExpect(jsonPath("$.reclassifiedActivities").value(1));
        assertThat(areaOf(local, "15185")).isEqualTo(AREA);
        assertThat(areaOf(other, "151")).isEqualTo("ANTI_CORRUPTION");
        assertThat(events.stream(ActivitiesChanged.class)).extracting(ActivitiesChanged::activityIds)
                .containsExactly(Set.of(local));
        assertThat(jdbc.queryForMap("""
                select actor, action, changes from audit_entry where entity_type = 'reform-area-mapping' and entity_id = '1:15185'
                order by id desc limit 1""")).containsEntry("actor", "test-admin").containsEntry("action", "created");

        // an activity written afterwards is classified by the new mapping, even through a mapping taken before the
        // change, as an import under way holds it
        long written = fixtures.save("XI-TEST-REF-LI-4", "LI", List.of(sector(null, "15185")), null, "USD");
        assertThat(areaOf(written, "15185")).isEqualTo(AREA);
        String held = transactions.execute(s -> heldMapping.areaOf("1", "15185"));
        assertThat(held).isEqualTo(AREA);

        // what readers see: the country's who-does-what, the list's counts per area, the thesaurus page
        mvc.perform(get("/api/v1/countries/LI/who-does-what"))
                .andExpect(jsonPath("$.matrix.areaTotals.ANTI_CORRUPTION.activities").value(1))
                .andExpect(jsonPath("$.matrix.areaTotals.LOCAL_GOVERNANCE.activities").value(2))
                .andExpect(jsonPath("$.matrix.areaTotals.LOCAL_GOVERNANCE.budgetUsd").value(100000));
        mvc.perform(get("/api/v1/activities").param("country", "LI").param("facets", "true"))
                .andExpect(jsonPath("$.facets.areas[?(@.value == 'LOCAL_GOVERNANCE')].count").value(2))
                .andExpect(jsonPath("$.facets.areas[?(@.value == 'LOCAL_GOVERNANCE')].label").value("Local security governance"));
        mvc.perform(get("/activities/reform-areas").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gouvernance locale de la sécurité")))
                .andExpect(content().string(containsString("Local government administration")))
                .andExpect(content().string(containsString("Secteurs d&#39;activités")))
                .andExpect(content().string(not(containsString("action=\"/activities/reform-areas/mappings\""))));

        // moved on the page, without JavaScript; then removed: the sector falls back to its category's area
        mvc.perform(post("/activities/reform-areas/mappings/1/15185").with(authentication(ADMIN)).with(csrf())
                        .param("area", "HUMAN_RIGHTS").param("from", AREA))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/activities/reform-areas#mappings"));
        assertThat(areaOf(local, "15185")).isEqualTo("HUMAN_RIGHTS");
        // a move from a stale page (the code is no longer where the editor saw it) changes nothing
        mvc.perform(post("/activities/reform-areas/mappings/1/15185").with(authentication(ADMIN)).with(csrf())
                        .param("area", "DDR").param("from", AREA))
                .andExpect(status().isFound());
        assertThat(areaOf(local, "15185")).isEqualTo("HUMAN_RIGHTS");
        mvc.perform(post("/activities/reform-areas/mappings/1/15185/delete").with(authentication(ADMIN)).with(csrf())
                        .param("from", "HUMAN_RIGHTS"))
                .andExpect(status().isFound());
        assertThat(areaOf(local, "15185")).isEqualTo("ANTI_CORRUPTION");
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'reform-area-mapping' "
                + "and entity_id = '1:15185' order by id desc limit 2", String.class)).containsExactly("deleted", "moved");
    }

    @Test
    void aCategoryMappingReclassifiesThePurposeCodesThatFallBackToItAndTheCategoryItself() throws Exception {
        long social = fixtures.save("XI-TEST-REF-LI-3", "LI", List.of(sector("1", "16010"), sector("2", "160"),
                sector("99", "160")), new BigDecimal("20000"), "USD");
        assertThat(areaOf(social, "16010")).isNull();
        mvc.perform(put("/api/v1/reform-areas/mappings/2/160").with(authentication(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"area\": \"CIVIL_SOCIETY_OVERSIGHT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mapping.sectorName").value("Other Social Infrastructure & Services"));
        assertThat(jdbc.queryForList("select coalesce(reform_area, '-') from activity_sector where activity_id = ? order by seq",
                String.class, social)).containsExactly("CIVIL_SOCIETY_OVERSIGHT", "CIVIL_SOCIETY_OVERSIGHT", "-");

        mvc.perform(delete("/api/v1/reform-areas/mappings/2/160").with(authentication(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.previousArea").value("CIVIL_SOCIETY_OVERSIGHT"));
        assertThat(areaOf(social, "16010")).isNull();
    }

    @Test
    void onlyAdministratorsEditAndARefusalWritesNothing() throws Exception {
        long before = audit();
        String mappings = mvc.perform(get("/api/v1/reform-areas/mappings")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        mvc.perform(post("/api/v1/reform-areas").with(authentication(COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_AREA))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reform-areas").contentType(MediaType.APPLICATION_JSON).content(NEW_AREA))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/reform-areas/mappings/1/15132").with(authentication(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"area\": \"DDR\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/reform-areas/mappings/1/15132").with(authentication(COORDINATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/reform-areas/POLICE_REFORM").with(authentication(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content(NEW_AREA))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reform-areas/reclassification").with(authentication(COORDINATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/activities/reform-areas/mappings/1/15132").with(authentication(COORDINATOR)).with(csrf())
                        .param("area", "DDR").param("from", "POLICE_REFORM"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/activities/reform-areas/POLICE_REFORM/edit").with(authentication(COORDINATOR)))
                .andExpect(status().isForbidden());

        assertThat(audit()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from reform_area where code = ?", Integer.class, AREA)).isZero();
        mvc.perform(get("/api/v1/reform-areas/mappings")).andExpect(content().json(mappings));

        // reading is open to everyone, signed in or not; only administrators are offered the forms
        mvc.perform(get("/activities/reform-areas")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption id=\"areas-caption\"")))
                .andExpect(content().string(not(containsString("/edit"))));
        mvc.perform(get("/api/v1/reform-areas")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'POLICE_REFORM')].mappings[0].code").value("15132"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reform-areas/mappings/{vocabulary}/{code}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exchange-rates/{currency}/{year}'].delete").exists());
        mvc.perform(get("/activities/reform-areas").with(authentication(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/activities/reform-areas/POLICE_REFORM/edit\"")))
                .andExpect(content().string(containsString("action=\"/activities/reform-areas/mappings\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void mistakesAreRefusedNamingTheFieldAndTheRule() throws Exception {
        long before = audit();
        mvc.perform(post("/api/v1/reform-areas").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "local governance", "nameEn": "Local", "nameEs": "Local", "nameRu": "Местное",
                                 "nameAr": "محلي", "nameUk": "Місцеве", "colour": "#fff"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].rule").value("reform-area-code-format"))
                .andExpect(jsonPath("$.errors[?(@.field == 'nameFr')].rule").value("required"))
                .andExpect(jsonPath("$.errors[?(@.field == 'nameFr')].message").value("This field is required."))
                .andExpect(jsonPath("$.errors[?(@.field == 'colour')].rule").value("colour-format"));
        mvc.perform(post("/api/v1/reform-areas").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_AREA.replace("#1F6F5C", "#ffd700")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"))
                .andExpect(jsonPath("$.errors[0].rule").value("colour-contrast"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("This colour is too light: its contrast with the white page is 1.4")));
        mvc.perform(post("/api/v1/reform-areas").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_AREA.replace("LOCAL_GOVERNANCE", "POLICE_REFORM")))
                .andExpect(jsonPath("$.errors[0].rule").value("reform-area-exists"));

        mvc.perform(put("/api/v1/reform-areas/mappings/1/1513").with(authentication(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"area\": \"DDR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].rule").value("sector-code-purpose"))
                .andExpect(jsonPath("$.errors[0].message").value("A DAC purpose code has exactly 5 digits, such as 15210."));
        mvc.perform(put("/api/v1/reform-areas/mappings/1/15999").with(authentication(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"area\": \"DDR\"}"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-sector"))
                .andExpect(jsonPath("$.errors[0].message").value("15999 is not a purpose code in the IATI Sector codelist."));
        mvc.perform(put("/api/v1/reform-areas/mappings/2/999").with(authentication(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"area\": \"DDR\"}"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-sector-category"));
        mvc.perform(put("/api/v1/reform-areas/mappings/3/15210").with(authentication(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"area\": \"NO_SUCH_AREA\"}"))
                .andExpect(jsonPath("$.errors[?(@.field == 'vocabulary')].rule").value("sector-vocabulary"))
                .andExpect(jsonPath("$.errors[?(@.field == 'area')].rule").value("unknown-reform-area"));
        assertThat(audit()).isEqualTo(before);

        // the page shows the form again with the message beside the field
        mvc.perform(post("/activities/reform-areas/mappings").with(authentication(ADMIN)).with(csrf())
                        .param("vocabulary", "1").param("code", "15132").param("area", "DDR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("15132 already maps to POLICE_REFORM.")))
                .andExpect(content().string(containsString("aria-describedby=\"code-error code-hint\"")));
        mvc.perform(post("/activities/reform-areas").with(authentication(ADMIN)).with(csrf())
                        .param("code", AREA).param("nameEn", "Local security governance").param("colour", "#1f6f5c"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nameFr-error\"")))
                .andExpect(content().string(containsString("This field is required.")));
        assertThat(jdbc.queryForObject("select count(*) from reform_area where code = ?", Integer.class, AREA)).isZero();
    }

    @Test
    void anAreaInUseIsNotDeletedAndTheRefusalSaysWhy() throws Exception {
        mvc.perform(delete("/api/v1/reform-areas/POLICE_REFORM").with(authentication(ADMIN)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].rule").value("reform-area-in-use"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith(
                        "The reform area POLICE_REFORM is still in use, so it cannot be deleted. DAC codes mapped to it: 1;")));
        assertThat(jdbc.queryForObject("select count(*) from reform_area where code = 'POLICE_REFORM'", Integer.class)).isOne();
        mvc.perform(get("/activities/reform-areas/POLICE_REFORM/edit").with(authentication(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This area cannot be deleted while it is in use. DAC codes mapped to it: 1;")))
                .andExpect(content().string(not(containsString("/activities/reform-areas/POLICE_REFORM/delete"))));

        // an area nothing uses goes, on the page too; the audit log keeps what it was
        mvc.perform(post("/api/v1/reform-areas").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content(NEW_AREA)).andExpect(status().isCreated());
        mvc.perform(put("/api/v1/reform-areas/" + AREA).with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_AREA.replace("Local security governance", "Local governance of security")
                                .replace("\"colour\"", "\"version\": 0, \"colour\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameEn").value("Local governance of security"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/reform-areas/" + AREA).with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_AREA.replace("\"colour\"", "\"version\": 0, \"colour\"")))
                .andExpect(status().isConflict());
        mvc.perform(post("/activities/reform-areas/" + AREA + "/delete").with(authentication(ADMIN)).with(csrf())
                        .param("version", "1"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/activities/reform-areas"));
        assertThat(jdbc.queryForObject("select count(*) from reform_area where code = ?", Integer.class, AREA)).isZero();
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'reform-area' and entity_id = ? "
                + "order by id desc limit 3", String.class, AREA)).containsExactly("deleted", "updated", "created");
    }
}
