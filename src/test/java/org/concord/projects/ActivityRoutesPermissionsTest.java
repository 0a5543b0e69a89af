package org.concord.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of activities (projects), the portal and the exchange rates (exchangerates) against five people: nobody
 * signed in, the administrator, a coordinator of the organisation that reports the activity, a coordinator of another
 * organisation, and an evaluator of the reporting organisation (signed in, no write role). Each gets the status a
 * person would: 200 and the like when allowed, 403 when signed in but not allowed, the sign-in page (302) or 401 when
 * nobody is signed in. A route that this matrix does not list fails {@link #everyRouteOfProjectsThePortalAndExchangeRatesIsInTheMatrix()}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityRoutesPermissionsTest {

    static final String REPORTER_REF = "XM-MATRIX-REP";
    static final String OTHER_REF = "XM-MATRIX-OTH";
    /** DAC codes no SSR area maps: the matrix maps, moves and unmaps them, leaving them as it found them. */
    static final String PAGE_CODE = "99810";
    static final String API_CODE = "99820";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    long reporter;
    long other;
    long activity;
    long secondActivity;
    long importJob;
    /** A draft of the reporting organisation: who sees it is {@link #eachPersonSeesTheDraftOnlyIfTheyMay}'s. */
    long draft;
    /** Activities each person acts on once (publishing, handing over...), so that one person's act is not the next's. */
    final Map<String, Map<Who, Long>> own = new LinkedHashMap<>();
    long priority;
    final Map<String, Long> prioritiesToDelete = new LinkedHashMap<>();
    String settingsJson;

    enum Who { ANONYMOUS, ADMIN, COORDINATOR_OF_REPORTER, COORDINATOR_OF_OTHER, EVALUATOR }

    /**
     * Who may use a route. REPORTER_DRAFT: the reporting organisation's coordinators and administrators act on one of
     * its drafts; its other members see the draft but may not act (403); others are not shown it (404).
     */
    enum Access { PUBLIC, SIGNED_IN, COORDINATORS, REPORTER, REPORTER_DRAFT, ADMIN }

    /** Pages send nobody to the sign-in page (302); the API answers 401. */
    enum Door { PAGE, API }

    /** 303 stands for a redirect elsewhere than the sign-in page: a page's answer to a command that worked. */
    static final int DONE = 303;

    record Route(String name, String method, String pattern, String consumes, Access access, Door door, int success,
                 Function<Who, AbstractMockHttpServletRequestBuilder<?>> request) {
        String key() {
            return method + " " + pattern + (consumes == null ? "" : " " + consumes);
        }
    }

    Authentication as(Who who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case ADMIN -> TestActors.admin();
            case COORDINATOR_OF_REPORTER -> TestActors.as("matrix-coord-rep", new Grant(Role.COORDINATOR, reporter));
            case COORDINATOR_OF_OTHER -> TestActors.as("matrix-coord-oth", new Grant(Role.COORDINATOR, other));
            case EVALUATOR -> TestActors.as("matrix-evaluator", new Grant(Role.EVALUATOR, reporter));
        };
    }

    @BeforeAll
    void fixtures() throws Exception {
        reporter = organisation("Matrix Reporting Agency", REPORTER_REF);
        other = organisation("Matrix Other Agency", OTHER_REF);
        activity = created(post("/api/v1/activities").with(authentication(TestActors.admin()))
                .contentType(MediaType.APPLICATION_JSON).content(activityJson("XM-MATRIX-REP-1", "Matrix police training")));
        secondActivity = created(post("/api/v1/activities").with(authentication(TestActors.admin()))
                .contentType(MediaType.APPLICATION_JSON).content(activityJson("XM-MATRIX-REP-2", "Matrix border training")));
        draft = created(post("/api/v1/activities").param("published", "false").with(authentication(TestActors.admin()))
                .contentType(MediaType.APPLICATION_JSON).content(activityJson("XM-MATRIX-REP-DRAFT", "Matrix draft")));
        for (Who who : Who.values()) {
            own("publish", who, false, false);
            own("publish API", who, false, false);
            own("unpublish", who, true, false);
            own("unpublish API", who, true, false);
            own("hand over", who, true, false);
            own("hand over API", who, true, false);
            own("take back", who, true, true);
            own("take back API", who, true, true);
        }
        importJob = ((Number) JsonPath.read(mvc.perform(post("/api/v1/imports").with(authentication(TestActors.admin()))
                .contentType(MediaType.APPLICATION_XML).content(iatiFile("XM-MATRIX-IMP-0")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        priority = priority("Matrix priority");
        for (Who who : List.of(Who.ADMIN, Who.COORDINATOR_OF_REPORTER, Who.COORDINATOR_OF_OTHER)) {
            prioritiesToDelete.put(who.name(), priority("Matrix priority to delete by " + who));
        }
        for (String code : List.of("MATRIX_AREA", "MATRIX_GONE")) {
            mvc.perform(post("/api/v1/reform-areas").with(authentication(TestActors.admin()))
                            .contentType(MediaType.APPLICATION_JSON).content(areaJson(code, "Matrix area " + code)))
                    .andExpect(status().isCreated());
        }
        // annual rates of a currency no other test uses (ISK), in years no other test uses (1962-1966)
        for (String[] rate : new String[][] {{"ISK", "1962"}, {"ISK", "1963"}}) {
            mvc.perform(put("/api/v1/exchange-rates/" + rate[0] + "/" + rate[1]).with(authentication(TestActors.admin()))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"usdPerUnit\": 0.023, \"confirm\": true}"))
                    .andExpect(status().isOk());
        }
        settingsJson = mvc.perform(get("/api/v1/overlaps/settings").with(authentication(TestActors.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** An activity of the reporting organisation for {@code who} alone: public or a draft, entered by hand or handed over. */
    private void own(String purpose, Who who, boolean published, boolean handedOver) throws Exception {
        String identifier = "XM-MATRIX-REP-" + purpose.replace(' ', '-').toUpperCase() + "-" + who.ordinal();
        long id = created(post("/api/v1/activities").param("published", String.valueOf(published))
                .with(authentication(TestActors.admin())).contentType(MediaType.APPLICATION_JSON)
                .content(activityJson(identifier, "Matrix " + purpose + " by " + who)));
        if (handedOver) {
            mvc.perform(post("/api/v1/activities/" + id + "/hand-over").with(authentication(TestActors.admin())))
                    .andExpect(status().isOk());
        }
        own.computeIfAbsent(purpose, k -> new LinkedHashMap<>()).put(who, id);
    }

    private String own(String purpose, Who who) {
        return String.valueOf(own.get(purpose).get(who));
    }

    private long organisation(String name, String ref) throws Exception {
        return created(post("/api/v1/organisations").with(authentication(TestActors.admin()))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "INTERNATIONAL_ORGANISATION", "names": [{"language": "en", "name": "%s"}],
                         "iatiIdentifier": "%s", "roles": ["FUNDING"]}""".formatted(name, ref)));
    }

    private long created(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        String json = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private long priority(String title) throws Exception {
        mvc.perform(post("/countries/UA/priorities").with(authentication(TestActors.admin())).with(csrf())
                .param("title", title).param("reformArea", "POLICE_REFORM")).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(id) from country_priority where title = ?", Long.class, title);
    }

    static String activityJson(String identifier, String title) {
        return """
                {"identifier": "%s", "defaultCurrency": "USD", "defaultLanguage": "en",
                 "reportingOrg": {"ref": "%s", "type": "40", "name": "Matrix Reporting Agency"},
                 "titles": [{"lang": null, "text": "%s"}],
                 "descriptions": [{"type": "1", "text": {"lang": null, "text": "Training for police in Ukraine."}}],
                 "participants": [{"role": "1", "ref": "%s", "type": "40", "name": {"lang": null, "text": "Matrix"}}],
                 "status": "2",
                 "dates": [{"type": "1", "date": "2025-01-01"}, {"type": "3", "date": "2026-12-31"}],
                 "countries": [{"code": "UA", "percentage": 100}],
                 "sectors": [{"vocabulary": "1", "code": "15132", "percentage": 100}],
                 "budgets": [], "regions": [], "locations": [], "policyMarkers": [], "transactions": [], "documents": [],
                 "relatedActivities": [], "results": []}
                """.formatted(identifier, REPORTER_REF, title, REPORTER_REF);
    }

    static String areaJson(String code, String name) {
        return """
                {"code": "%s", "nameEn": "%s", "nameFr": "%s", "nameEs": "%s", "nameRu": "%s", "nameAr": "%s",
                 "nameUk": "%s", "colour": "#1f4e79"}""".formatted(code, name, name, name, name, name, name);
    }

    static String iatiFile(String identifier) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03" generated-datetime="2025-01-01T00:00:00Z">
                 <iati-activity last-updated-datetime="2025-01-01T00:00:00Z" default-currency="USD" xml:lang="en">
                  <iati-identifier>%s</iati-identifier>
                  <reporting-org ref="%s" type="40"><narrative>Matrix Reporting Agency</narrative></reporting-org>
                  <title><narrative>Matrix imported activity</narrative></title>
                  <participating-org role="1" ref="%s" type="40"><narrative>Matrix</narrative></participating-org>
                  <activity-status code="2"/>
                  <activity-date type="1" iso-date="2025-01-01"/>
                  <recipient-country code="MD" percentage="100"/>
                  <sector vocabulary="1" code="15132" percentage="100"/>
                 </iati-activity>
                </iati-activities>
                """.formatted(identifier, REPORTER_REF, REPORTER_REF);
    }

    // ------------------------------------------------------------------ the routes

    List<Route> routes() {
        List<Route> r = new ArrayList<>();
        String a = "/activities/" + activity;
        // activities: list, page, exports, hand entry
        r.add(route("activity list page", "GET", "/activities", Access.PUBLIC, Door.PAGE, 200, w -> get("/activities")));
        r.add(route("activity page", "GET", "/activities/{id:\\d+}", Access.PUBLIC, Door.PAGE, 200, w -> get(a)));
        for (String kind : List.of("xml", "csv", "geojson")) {
            r.add(route("export " + kind, "GET", "/activities/export." + kind, Access.PUBLIC, Door.PAGE, 200,
                    w -> get("/activities/export." + kind).param("country", "UA")));
            r.add(route("export " + kind + " API", "GET", "/api/v1/activities/export." + kind, Access.PUBLIC, Door.API, 200,
                    w -> get("/api/v1/activities/export." + kind).param("country", "UA")));
        }
        r.add(route("new activity form", "GET", "/activities/new", Access.COORDINATORS, Door.PAGE, 200, w -> get("/activities/new")));
        r.add(route("new activity submit", "POST", "/activities/new", Access.REPORTER, Door.PAGE, DONE, w -> activityForm(
                post("/activities/new").param("identifier", "XM-MATRIX-REP-FORM-" + w.ordinal()))));
        r.add(route("activity edit form", "GET", "/activities/{id:\\d+}/edit", Access.REPORTER, Door.PAGE, 200, w -> get(a + "/edit")));
        r.add(route("activity edit submit", "POST", "/activities/{id:\\d+}/edit", Access.REPORTER, Door.PAGE, DONE,
                w -> activityForm(post(a + "/edit").param("identifier", "XM-MATRIX-REP-1"))));
        // publishing, and who keeps an activity: its hand or its organisation's file imports
        String one = "/activities/{id:\\d+}";
        r.add(route("publish page", "POST", one + "/publish", Access.REPORTER_DRAFT, Door.PAGE, DONE,
                w -> post("/activities/" + own("publish", w) + "/publish")));
        r.add(route("unpublish page", "POST", one + "/unpublish", Access.REPORTER, Door.PAGE, DONE,
                w -> post("/activities/" + own("unpublish", w) + "/unpublish")));
        r.add(route("hand-over confirmation", "GET", one + "/hand-over", Access.REPORTER, Door.PAGE, 200,
                w -> get("/activities/" + own("hand over", w) + "/hand-over")));
        r.add(route("hand over page", "POST", one + "/hand-over", Access.REPORTER, Door.PAGE, DONE,
                w -> post("/activities/" + own("hand over", w) + "/hand-over")));
        r.add(route("take-back confirmation", "GET", one + "/take-back", Access.REPORTER, Door.PAGE, 200,
                w -> get("/activities/" + own("take back", w) + "/take-back")));
        r.add(route("take back page", "POST", one + "/take-back", Access.REPORTER, Door.PAGE, DONE,
                w -> post("/activities/" + own("take back", w) + "/take-back")));
        r.add(route("publish API", "POST", "/api/v1/activities/{id}/publish", Access.REPORTER_DRAFT, Door.API, 200,
                w -> post("/api/v1/activities/" + own("publish API", w) + "/publish")));
        r.add(route("unpublish API", "POST", "/api/v1/activities/{id}/unpublish", Access.REPORTER, Door.API, 200,
                w -> post("/api/v1/activities/" + own("unpublish API", w) + "/unpublish")));
        r.add(route("hand over API", "POST", "/api/v1/activities/{id}/hand-over", Access.REPORTER, Door.API, 200,
                w -> post("/api/v1/activities/" + own("hand over API", w) + "/hand-over")));
        r.add(route("take back API", "POST", "/api/v1/activities/{id}/take-back", Access.REPORTER, Door.API, 200,
                w -> post("/api/v1/activities/" + own("take back API", w) + "/take-back")));
        r.add(route("activity list API", "GET", "/api/v1/activities", Access.PUBLIC, Door.API, 200, w -> get("/api/v1/activities")));
        r.add(route("activity API", "GET", "/api/v1/activities/{id}", Access.PUBLIC, Door.API, 200, w -> get("/api/v1/activities/" + activity)));
        r.add(route("activity create API", "POST", "/api/v1/activities", Access.REPORTER, Door.API, 201,
                w -> post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON)
                        .content(activityJson("XM-MATRIX-REP-API-" + w.ordinal(), "Matrix API activity"))));
        r.add(route("activity replace API", "PUT", "/api/v1/activities/{id}", Access.REPORTER, Door.API, 200,
                w -> put("/api/v1/activities/" + activity).contentType(MediaType.APPLICATION_JSON)
                        .content(activityJson("XM-MATRIX-REP-1", "Matrix police training"))));
        // imports
        r.add(route("import page", "GET", "/activities/import", Access.SIGNED_IN, Door.PAGE, 200, w -> get("/activities/import")));
        r.add(route("import upload", "POST", "/activities/import", Access.COORDINATORS, Door.PAGE, DONE,
                w -> multipart("/activities/import").file(new MockMultipartFile("files", "matrix.xml", "application/xml",
                        iatiFile("XM-MATRIX-IMP-PAGE").getBytes(StandardCharsets.UTF_8)))));
        r.add(route("import job page", "GET", "/activities/import/{id:\\d+}", Access.SIGNED_IN, Door.PAGE, 200,
                w -> get("/activities/import/" + importJob)));
        r.add(route("import progress", "GET", "/activities/import/{id:\\d+}/progress", Access.SIGNED_IN, Door.PAGE, 200,
                w -> get("/activities/import/" + importJob + "/progress")));
        r.add(route("import files page", "GET", "/activities/import/files", Access.SIGNED_IN, Door.PAGE, 200,
                w -> get("/activities/import/files").param("jobs", String.valueOf(importJob))));
        r.add(route("import files progress", "GET", "/activities/import/files/progress", Access.SIGNED_IN, Door.PAGE, 200,
                w -> get("/activities/import/files/progress").param("jobs", String.valueOf(importJob))));
        r.add(new Route("import API (body)", "POST", "/api/v1/imports", "application/xml,text/xml", Access.COORDINATORS,
                Door.API, 202, w -> post("/api/v1/imports").contentType(MediaType.APPLICATION_XML).content(iatiFile("XM-MATRIX-IMP-API"))));
        r.add(new Route("import API (multipart)", "POST", "/api/v1/imports", "multipart/form-data", Access.COORDINATORS,
                Door.API, 202, w -> multipart("/api/v1/imports").file(new MockMultipartFile("file", "matrix.xml",
                        "application/xml", iatiFile("XM-MATRIX-IMP-API").getBytes(StandardCharsets.UTF_8)))));
        r.add(route("import job API", "GET", "/api/v1/imports/{id}", Access.SIGNED_IN, Door.API, 200,
                w -> get("/api/v1/imports/" + importJob)));
        r.add(route("import list API", "GET", "/api/v1/imports", Access.SIGNED_IN, Door.API, 200, w -> get("/api/v1/imports")));
        // reform areas (pages)
        String areas = "/activities/reform-areas";
        String area = "/{code:[A-Z][A-Z0-9_]+}";
        String mapping = "/mappings/{vocabulary:[12]}/{code:\\d{3}|\\d{5}}";
        r.add(route("reform areas page", "GET", areas, Access.PUBLIC, Door.PAGE, 200, w -> get(areas)));
        r.add(route("new area form", "GET", areas + "/new", Access.ADMIN, Door.PAGE, 200, w -> get(areas + "/new")));
        r.add(route("new area submit", "POST", areas, Access.ADMIN, Door.PAGE, DONE, w -> areaForm(post(areas), "MATRIX_PAGE")));
        r.add(route("area edit form", "GET", areas + area + "/edit", Access.ADMIN, Door.PAGE, 200, w -> get(areas + "/MATRIX_AREA/edit")));
        r.add(route("area edit submit", "POST", areas + area, Access.ADMIN, Door.PAGE, DONE,
                w -> areaForm(post(areas + "/MATRIX_AREA"), "MATRIX_AREA")));
        r.add(route("map a code", "POST", areas + "/mappings", Access.ADMIN, Door.PAGE, DONE, w -> post(areas + "/mappings")
                .param("vocabulary", "1").param("code", PAGE_CODE).param("area", "MATRIX_AREA")));
        r.add(route("move a code", "POST", areas + mapping, Access.ADMIN, Door.PAGE, DONE,
                w -> post(areas + "/mappings/1/" + PAGE_CODE).param("area", "POLICE_REFORM").param("from", "MATRIX_AREA")));
        r.add(route("unmap a code", "POST", areas + mapping + "/delete", Access.ADMIN, Door.PAGE, DONE,
                w -> post(areas + "/mappings/1/" + PAGE_CODE + "/delete").param("from", "POLICE_REFORM")));
        r.add(route("reclassify", "POST", areas + "/reclassification", Access.ADMIN, Door.PAGE, DONE,
                w -> post(areas + "/reclassification")));
        r.add(route("delete area", "POST", areas + area + "/delete", Access.ADMIN, Door.PAGE, DONE,
                w -> post(areas + "/MATRIX_GONE/delete")));
        // reform areas (API)
        String areasApi = "/api/v1/reform-areas";
        r.add(route("areas API", "GET", areasApi, Access.PUBLIC, Door.API, 200, w -> get(areasApi)));
        r.add(route("area API", "GET", areasApi + "/{code}", Access.PUBLIC, Door.API, 200, w -> get(areasApi + "/POLICE_REFORM")));
        r.add(route("mappings API", "GET", areasApi + "/mappings", Access.PUBLIC, Door.API, 200, w -> get(areasApi + "/mappings")));
        r.add(route("area create API", "POST", areasApi, Access.ADMIN, Door.API, 201, w -> post(areasApi)
                .contentType(MediaType.APPLICATION_JSON).content(areaJson("MATRIX_API", "Matrix API area"))));
        r.add(route("area replace API", "PUT", areasApi + "/{code}", Access.ADMIN, Door.API, 200, w -> put(areasApi + "/MATRIX_API")
                .contentType(MediaType.APPLICATION_JSON).content(areaJson("MATRIX_API", "Matrix API area, renamed"))));
        r.add(route("map API", "PUT", areasApi + "/mappings/{vocabulary}/{code}", Access.ADMIN, Door.API, 200,
                w -> put(areasApi + "/mappings/1/" + API_CODE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"area\": \"MATRIX_AREA\"}")));
        r.add(route("unmap API", "DELETE", areasApi + "/mappings/{vocabulary}/{code}", Access.ADMIN, Door.API, 200,
                w -> delete(areasApi + "/mappings/1/" + API_CODE)));
        r.add(route("reclassify API", "POST", areasApi + "/reclassification", Access.ADMIN, Door.API, 200,
                w -> post(areasApi + "/reclassification")));
        r.add(route("area delete API", "DELETE", areasApi + "/{code}", Access.ADMIN, Door.API, 204, w -> delete(areasApi + "/MATRIX_API")));
        // exchange rates (module exchangerates): anyone reads and converts; administrators edit and import
        exchangeRates(r);
        // overlaps
        String pair = "/" + activity + "/" + secondActivity + "/decision";
        r.add(route("overlaps page", "GET", "/overlaps", Access.SIGNED_IN, Door.PAGE, 200, w -> get("/overlaps")));
        r.add(route("decide page", "POST", "/overlaps/{a:\\d+}/{b:\\d+}/decision", Access.COORDINATORS, Door.PAGE, DONE,
                w -> post("/overlaps" + pair).param("decision", "COMPLEMENTARY")));
        r.add(route("overlap settings form", "GET", "/overlaps/settings", Access.COORDINATORS, Door.PAGE, 200, w -> get("/overlaps/settings")));
        r.add(route("overlap settings submit", "POST", "/overlaps/settings", Access.COORDINATORS, Door.PAGE, DONE,
                w -> settingsForm(post("/overlaps/settings"))));
        r.add(route("overlaps API", "GET", "/api/v1/overlaps", Access.SIGNED_IN, Door.API, 200, w -> get("/api/v1/overlaps")));
        r.add(route("decide API", "POST", "/api/v1/overlaps/{a}/{b}/decision", Access.COORDINATORS, Door.API, 200,
                w -> post("/api/v1/overlaps" + pair).contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"COMPLEMENTARY\"}")));
        r.add(route("overlap settings API", "GET", "/api/v1/overlaps/settings", Access.SIGNED_IN, Door.API, 200,
                w -> get("/api/v1/overlaps/settings")));
        r.add(route("overlap settings set API", "PUT", "/api/v1/overlaps/settings", Access.COORDINATORS, Door.API, 200,
                w -> put("/api/v1/overlaps/settings").contentType(MediaType.APPLICATION_JSON).content(settingsJson)));
        // countries, priorities, map, home
        r.add(route("who does what API", "GET", "/api/v1/countries/{code}/who-does-what", Access.PUBLIC, Door.API, 200,
                w -> get("/api/v1/countries/UA/who-does-what")));
        r.add(route("funding API", "GET", "/api/v1/countries/{code}/funding", Access.PUBLIC, Door.API, 200,
                w -> get("/api/v1/countries/UA/funding")));
        r.add(route("map API", "GET", "/api/v1/map", Access.PUBLIC, Door.API, 200, w -> get("/api/v1/map")));
        r.add(route("regions API", "GET", "/api/v1/regions", Access.PUBLIC, Door.API, 200, w -> get("/api/v1/regions")));
        r.add(route("region API", "GET", "/api/v1/regions/{code}", Access.PUBLIC, Door.API, 200,
                w -> get("/api/v1/regions/998")));
        String priorities = "/countries/UA/priorities";
        r.add(route("priorities page", "GET", "/countries/{code}/priorities", Access.COORDINATORS, Door.PAGE, 200, w -> get(priorities)));
        r.add(route("priority create", "POST", "/countries/{code}/priorities", Access.COORDINATORS, Door.PAGE, DONE,
                w -> post(priorities).param("title", "Matrix priority by " + w).param("reformArea", "POLICE_REFORM")));
        r.add(route("priority edit form", "GET", "/countries/{code}/priorities/{id:\\d+}/edit", Access.COORDINATORS, Door.PAGE, 200,
                w -> get(priorities + "/" + priority + "/edit")));
        r.add(route("priority edit submit", "POST", "/countries/{code}/priorities/{id:\\d+}", Access.COORDINATORS, Door.PAGE, DONE,
                w -> post(priorities + "/" + priority).param("title", "Matrix priority").param("reformArea", "POLICE_REFORM")));
        r.add(route("priority delete", "POST", "/countries/{code}/priorities/{id:\\d+}/delete", Access.COORDINATORS, Door.PAGE, DONE,
                w -> post(priorities + "/" + prioritiesToDelete.getOrDefault(w.name(), priority) + "/delete")));
        // the list of countries is the map
        r.add(route("countries page", "GET", "/countries", Access.PUBLIC, Door.PAGE, DONE, w -> get("/countries")));
        r.add(route("country page", "GET", "/countries/{code}", Access.PUBLIC, Door.PAGE, 200, w -> get("/countries/UA")));
        r.add(route("map page", "GET", "/map", Access.PUBLIC, Door.PAGE, 200, w -> get("/map")));
        r.add(route("region page", "GET", "/regions/{code}", Access.PUBLIC, Door.PAGE, 200, w -> get("/regions/289")));
        r.add(route("home page", "GET", "/", Access.PUBLIC, Door.PAGE, 200, w -> get("/")));
        return r;
    }

    /**
     * The routes of the module exchangerates: annual rates (pages under /exchange-rates/annual, API beside the dated
     * rates'), dated rates and conversions, CSV imports of both, and the annual pages' former addresses under
     * /activities. Data of their own: ISK, years 1962 to 1966, dated rates of days in 1963.
     */
    void exchangeRates(List<Route> r) {
        // annual rates: pages
        String annual = "/exchange-rates/annual";
        String rate = "/{currency:[A-Z]{3}}/{year:\\d{4}}";
        r.add(route("annual rates page", "GET", annual, Access.PUBLIC, Door.PAGE, 200, w -> get(annual)));
        r.add(route("new annual rate submit", "POST", annual, Access.ADMIN, Door.PAGE, DONE, w -> post(annual)
                .param("currency", "ISK").param("year", "1964").param("usdPerUnit", "0.023").param("confirm", "true")));
        r.add(route("annual rate edit form", "GET", annual + rate + "/edit", Access.ADMIN, Door.PAGE, 200,
                w -> get(annual + "/ISK/1962/edit")));
        r.add(route("annual rate edit submit", "POST", annual + rate, Access.ADMIN, Door.PAGE, DONE,
                w -> post(annual + "/ISK/1962").param("usdPerUnit", "0.024").param("confirm", "true")));
        r.add(route("annual rate delete", "POST", annual + rate + "/delete", Access.ADMIN, Door.PAGE, DONE,
                w -> post(annual + "/ISK/1963/delete")));
        r.add(route("annual rates import page", "POST", annual + "/import", Access.ADMIN, Door.PAGE, DONE,
                w -> multipart(annual + "/import").file(csvFile("year,currency,usd_per_unit\n1966,ISK,0.0235\n"))
                        .param("source", "Matrix page")));
        // annual rates: API
        String ratesApi = "/api/v1/exchange-rates";
        r.add(route("annual rates API", "GET", ratesApi, Access.PUBLIC, Door.API, 200, w -> get(ratesApi).param("currency", "ISK")));
        r.add(route("annual rate API", "GET", ratesApi + "/{currency}/{year}", Access.PUBLIC, Door.API, 200,
                w -> get(ratesApi + "/ISK/1962")));
        r.add(route("annual rate create API", "POST", ratesApi, Access.ADMIN, Door.API, 201, w -> post(ratesApi)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currency\": \"ISK\", \"year\": 1965, \"usdPerUnit\": 0.023, \"confirm\": true}")));
        r.add(route("annual rate set API", "PUT", ratesApi + "/{currency}/{year}", Access.ADMIN, Door.API, 200,
                w -> put(ratesApi + "/ISK/1965").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usdPerUnit\": 0.022, \"confirm\": true}")));
        r.add(route("annual rate delete API", "DELETE", ratesApi + "/{currency}/{year}", Access.ADMIN, Door.API, 200,
                w -> delete(ratesApi + "/ISK/1965")));
        r.add(new Route("annual rates import API", "POST", ratesApi + "/annual", "text/csv,text/plain", Access.ADMIN,
                Door.API, 200, w -> post(ratesApi + "/annual").param("source", "Matrix API").contentType("text/csv")
                        .content("year,currency,usd_per_unit\n1966,ISK,0.0236\n")));
        // dated rates and conversions
        r.add(route("dated rates page", "GET", "/exchange-rates", Access.PUBLIC, Door.PAGE, 200, w -> get("/exchange-rates")
                .param("amount", "1000").param("from", "ISK").param("to", "USD").param("date", "1962-06-01")));
        r.add(route("dated rates import page", "POST", "/exchange-rates/import", Access.ADMIN, Door.PAGE, DONE,
                w -> multipart("/exchange-rates/import").file(csvFile("date,currency,base,rate\n1963-05-17,ISK,EUR,55.5\n"))
                        .param("source", "Matrix page")));
        r.add(route("dated rates API", "GET", ratesApi + "/dated", Access.PUBLIC, Door.API, 200,
                w -> get(ratesApi + "/dated").param("currency", "ISK")));
        r.add(route("convert API", "GET", ratesApi + "/convert", Access.PUBLIC, Door.API, 200, w -> get(ratesApi + "/convert")
                .param("amount", "1000").param("from", "ISK").param("to", "USD").param("date", "1962-06-01")));
        r.add(new Route("dated rates import API", "POST", ratesApi + "/dated", "text/csv,text/plain", Access.ADMIN,
                Door.API, 200, w -> post(ratesApi + "/dated").param("source", "Matrix API").contentType("text/csv")
                        .content("date,currency,base,rate\n1963-05-20,ISK,EUR,55.6\n")));
        // the annual pages' former addresses: a read moves for good (301), a form is sent on with its body (308)
        String former = "/activities/exchange-rates";
        r.add(route("former rates page", "GET", former, Access.PUBLIC, Door.PAGE, 301, w -> get(former)));
        // HEAD answers as GET does, for anyone (link checkers and caches send it)
        r.add(route("former rates page (HEAD)", "HEAD", former, Access.PUBLIC, Door.PAGE, 301, w -> head(former)));
        // below, anyone signed in is sent on: nobody signed in is sent to sign in first (the pages' rule for anything but
        // the public GETs); the redirect writes nothing, and the address it leads to lets administrators alone edit
        r.add(route("former new rate submit", "POST", former, Access.SIGNED_IN, Door.PAGE, 308, w -> post(former)
                .param("currency", "ISK").param("year", "1964").param("usdPerUnit", "0.023")));
        r.add(route("former rate edit form", "GET", former + "/**", Access.SIGNED_IN, Door.PAGE, 301,
                w -> get(former + "/ISK/1962/edit")));
        r.add(route("former rate edit form (HEAD)", "HEAD", former + "/**", Access.SIGNED_IN, Door.PAGE, 301,
                w -> head(former + "/ISK/1962/edit")));
        r.add(route("former rate edit submit", "POST", former + "/**", Access.SIGNED_IN, Door.PAGE, 308,
                w -> post(former + "/ISK/1962").param("usdPerUnit", "0.025")));
    }

    static MockMultipartFile csvFile(String csv) {
        return new MockMultipartFile("file", "matrix-rates.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    static Route route(String name, String method, String pattern, Access access, Door door, int success,
                       Function<Who, AbstractMockHttpServletRequestBuilder<?>> request) {
        return new Route(name, method, pattern, null, access, door, success, request);
    }

    AbstractMockHttpServletRequestBuilder<?> activityForm(AbstractMockHttpServletRequestBuilder<?> request) {
        return request.param("reportingOrgRef", REPORTER_REF).param("title", "Matrix police training")
                .param("status", "2").param("plannedStart", "2025-01-01").param("plannedEnd", "2026-12-31")
                .param("country", "UA").param("sector", "15132").param("implementerRef", REPORTER_REF)
                .param("budget", "100000").param("currency", "USD").param("published", "true");
    }

    static AbstractMockHttpServletRequestBuilder<?> areaForm(AbstractMockHttpServletRequestBuilder<?> request, String code) {
        for (String language : List.of("En", "Fr", "Es", "Ru", "Ar", "Uk")) {
            request = request.param("name" + language, "Matrix area " + code);
        }
        return request.param("code", code).param("colour", "#1f4e79");
    }

    AbstractMockHttpServletRequestBuilder<?> settingsForm(AbstractMockHttpServletRequestBuilder<?> request) {
        for (String field : List.of("weightArea", "weightBeneficiary", "weightImplementer", "weightText", "weightPeriod", "threshold")) {
            request = request.param(field, String.valueOf(JsonPath.<Object>read(settingsJson, "$." + field)));
        }
        return request;
    }

    /** The status each person gets. */
    static int expected(Route route, Who who) {
        if (route.access() == Access.PUBLIC) {
            return route.success();
        }
        if (who == Who.ANONYMOUS) {
            return route.door() == Door.PAGE ? 302 : 401;
        }
        if (route.access() == Access.REPORTER_DRAFT && who == Who.COORDINATOR_OF_OTHER) {
            return 404;
        }
        boolean allowed = switch (route.access()) {
            case PUBLIC, SIGNED_IN -> true;
            case COORDINATORS -> who != Who.EVALUATOR;
            case REPORTER, REPORTER_DRAFT -> who == Who.ADMIN || who == Who.COORDINATOR_OF_REPORTER;
            case ADMIN -> who == Who.ADMIN;
        };
        return allowed ? route.success() : 403;
    }

    /** Route by route, each person in turn, in the order the routes are listed (some routes change what the next reads). */
    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : routes()) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(route.name(), who));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} → {0}")
    @MethodSource("matrix")
    void eachPersonGetsWhatTheirRoleAllows(String name, Who who) throws Exception {
        Route route = routes().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        long auditRows = count("audit_entry");
        AbstractMockHttpServletRequestBuilder<?> request = route.request().apply(who);
        if (route.door() == Door.PAGE && !route.method().equals("GET")) {
            request = request.with(csrf());
        }
        if (who != Who.ANONYMOUS) {
            request = request.with(authentication(as(who)));
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        int expected = expected(route, who);
        String what = who + " " + route.key();
        if (expected == DONE) {
            assertThat(status).as(what).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).as(what).doesNotEndWith("/sign-in");
        } else {
            assertThat(status).as(what + " " + result.getResponse().getContentAsString()).isEqualTo(expected);
        }
        if (expected == 302) {
            assertThat(result.getResponse().getRedirectedUrl()).as(what).endsWith("/sign-in");
        }
        if (expected == 302 || expected == 401 || expected == 403) {
            assertThat(count("audit_entry")).as("a refused request writes nothing: " + what).isEqualTo(auditRows);
        }
    }

    /**
     * A draft, route by route: the members of its reporting organisation (its coordinator, its evaluator) and the
     * administrator see it wherever activities are shown; nobody signed in and a coordinator of another organisation
     * find it nowhere (its page and API answer 404, as for an activity that does not exist).
     */
    @ParameterizedTest(name = "{0} → a draft")
    @org.junit.jupiter.params.provider.EnumSource(Who.class)
    void eachPersonSeesTheDraftOnlyIfTheyMay(Who who) throws Exception {
        boolean member = who == Who.ADMIN || who == Who.COORDINATOR_OF_REPORTER || who == Who.EVALUATOR;
        Function<AbstractMockHttpServletRequestBuilder<?>, MvcResult> as = request -> {
            try {
                return mvc.perform(who == Who.ANONYMOUS ? request : request.with(authentication(as(who)))).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        int found = member ? 200 : 404;
        assertThat(as.apply(get("/activities/" + draft)).getResponse().getStatus()).as("page").isEqualTo(found);
        assertThat(as.apply(get("/api/v1/activities/" + draft)).getResponse().getStatus()).as("API").isEqualTo(found);
        String title = "Matrix draft";
        for (String listed : List.of("/activities", "/api/v1/activities", "/activities/export.csv",
                "/activities/export.xml", "/api/v1/activities/export.csv", "/api/v1/activities/export.xml")) {
            String body = as.apply(get(listed).param("q", "matrix draft").param("size", "500")).getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            if (member) {
                assertThat(body).as(listed).contains(title);
            } else {
                assertThat(body).as(listed).doesNotContain(title);
            }
        }
    }

    @Test
    void everyRouteOfProjectsThePortalAndExchangeRatesIsInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            String module = e.getValue().getBeanType().getPackageName();
            if (!module.startsWith("org.concord.projects") && !module.startsWith("org.concord.portal")
                    && !module.startsWith("org.concord.exchangerates")) {
                continue;
            }
            RequestMappingInfo info = e.getKey();
            String consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().map(MediaType::toString)
                    .sorted().collect(Collectors.joining(","));
            for (var method : info.getMethodsCondition().getMethods()) {
                for (String pattern : info.getPatternValues()) {
                    mapped.add(method.name() + " " + pattern + (consumes.isEmpty() ? "" : " " + consumes));
                }
            }
        }
        Set<String> listed = routes().stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("routes in the matrix").hasSize(routes().size());
        assertThat(listed).as("every route of projects, the portal and exchangerates is in the matrix, and only those")
                .containsExactlyInAnyOrderElementsOf(mapped);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
