package org.concord.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every role against every route of the directory (and the admin pages beside it): what each may do,
 * and that a refused request changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryPermissionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    long alpha;
    long beta;

    @BeforeAll
    void createTwoOrganisations() throws Exception {
        alpha = create("Alpha Police Academy", null);
        beta = create("Beta Parliament Office", null);
    }

    private long create(String name, Long parent) throws Exception {
        String json = mvc.perform(post("/api/v1/organisations").with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(body(name, parent, null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Integer) JsonPath.read(json, "$.id")).longValue();
    }

    static String body(String name, Long parent, Long version) {
        return """
                {"type": "ACADEMIC_TRAINING_CENTRE", "names": [{"language": "en", "name": "%s"}],
                 "roles": ["TRAINING"], "parentId": %s, "version": %s}""".formatted(name, parent, version);
    }

    /** Who: anonymous, the administrator, a coordinator of Alpha, of Beta, and each other role within Alpha. */
    Map<String, Authentication> actors() {
        Map<String, Authentication> actors = new LinkedHashMap<>();
        actors.put("anonymous", null);
        actors.put("admin", TestActors.admin());
        actors.put("coordinator-of-alpha", TestActors.as("coord-a", new Grant(Role.COORDINATOR, alpha)));
        actors.put("coordinator-of-beta", TestActors.as("coord-b", new Grant(Role.COORDINATOR, beta)));
        for (Role role : List.of(Role.OVERSIGHT_OFFICER, Role.EVALUATOR, Role.TRAINER, Role.TRAINEE)) {
            actors.put(role.name().toLowerCase() + "-of-alpha", TestActors.as("r-" + role, new Grant(role, alpha)));
        }
        return actors;
    }

    enum Route {
        LIST_PAGE, DETAIL_PAGE, LIST_API, DETAIL_API, NEW_FORM, EDIT_FORM, EDIT_SUBMIT, CREATE_SUBMIT, UPDATE_API,
        CREATE_API, ACCOUNTS_PAGE, AUDIT_PAGE, AUDIT_API
    }

    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String who : actors().keySet()) {
            for (Route route : Route.values()) {
                cases.add(Arguments.of(who, route));
            }
        }
        return cases.stream();
    }

    /** The status each person gets; 302 means sent to the sign-in page. */
    int expected(String who, Route route) {
        boolean anonymous = who.equals("anonymous");
        boolean admin = who.equals("admin");
        boolean coordinatorOfAlpha = who.equals("coordinator-of-alpha");
        boolean anyCoordinator = who.startsWith("coordinator");
        return switch (route) {
            case LIST_PAGE, DETAIL_PAGE, LIST_API, DETAIL_API -> 200;
            case NEW_FORM -> anonymous ? 302 : admin || anyCoordinator ? 200 : 403;
            case EDIT_FORM -> anonymous ? 302 : admin || coordinatorOfAlpha ? 200 : 403;
            // a successful page submission redirects to the organisation
            case EDIT_SUBMIT, CREATE_SUBMIT -> anonymous ? 302 : admin || coordinatorOfAlpha ? 303 : 403;
            case UPDATE_API -> anonymous ? 401 : admin || coordinatorOfAlpha ? 200 : 403;
            case CREATE_API -> anonymous ? 401 : admin || coordinatorOfAlpha ? 201 : 403;
            case ACCOUNTS_PAGE, AUDIT_PAGE -> anonymous ? 302 : admin ? 200 : 403;
            case AUDIT_API -> anonymous ? 401 : admin ? 200 : 403;
        };
    }

    MockHttpServletRequestBuilder request(Route route) {
        long version = jdbc.queryForObject("select version from organisation where id = ?", Long.class, alpha);
        return switch (route) {
            case LIST_PAGE -> get("/organisations").param("role", "TRAINING");
            case DETAIL_PAGE -> get("/organisations/" + alpha);
            case LIST_API -> get("/api/v1/organisations");
            case DETAIL_API -> get("/api/v1/organisations/" + alpha);
            case NEW_FORM -> get("/organisations/new");
            case EDIT_FORM -> get("/organisations/" + alpha + "/edit");
            case EDIT_SUBMIT -> post("/organisations/" + alpha).with(csrf())
                    .param("type", "ACADEMIC_TRAINING_CENTRE").param("names[0].language", "en")
                    .param("names[0].name", "Alpha Police Academy").param("roles", "TRAINING", "RESEARCH")
                    .param("version", String.valueOf(version));
            case CREATE_SUBMIT -> post("/organisations").with(csrf())
                    .param("type", "ACADEMIC_TRAINING_CENTRE").param("names[0].language", "en")
                    .param("names[0].name", "Alpha Regional Hub").param("parentId", String.valueOf(alpha));
            case UPDATE_API -> put("/api/v1/organisations/" + alpha).contentType(MediaType.APPLICATION_JSON)
                    .content(body("Alpha Police Academy", null, null));
            case CREATE_API -> post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON)
                    .content(body("Alpha Field Office", alpha, null));
            case ACCOUNTS_PAGE -> get("/admin/accounts");
            case AUDIT_PAGE -> get("/admin/audit");
            case AUDIT_API -> get("/api/v1/audit/verification");
        };
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("matrix")
    void eachRoleMayDoWhatItsScopeAllowsAndNothingMore(String who, Route route) throws Exception {
        Authentication actor = actors().get(who);
        long organisations = count("organisation");
        long auditRows = count("audit_entry");
        String alphaBefore = alphaState();

        MockHttpServletRequestBuilder request = request(route);
        if (actor != null) {
            request = request.with(authentication(actor));
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        int expected = expected(who, route);

        if (expected == 303) {
            assertThat(status).as("%s %s", who, route).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).startsWith("/organisations/");
        } else {
            assertThat(status).as("%s %s", who, route).isEqualTo(expected);
        }
        if (expected == 302) {
            assertThat(result.getResponse().getRedirectedUrl()).as("%s %s", who, route).endsWith("/sign-in");
        }
        if (expected == 401 || expected == 403 || expected == 302) {
            assertThat(count("organisation")).as("no organisation created").isEqualTo(organisations);
            assertThat(alphaState()).as("Alpha unchanged").isEqualTo(alphaBefore);
            assertThat(count("audit_entry")).as("no audit row").isEqualTo(auditRows);
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private String alphaState() {
        return jdbc.queryForObject("select version || ':' || updated_at from organisation where id = ?", String.class, alpha);
    }
}
