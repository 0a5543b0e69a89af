package org.concord.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.concord.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class OrganisationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    static String body(String englishName, String acronym, String extra) {
        return """
                {"type": "CIVIL_SOCIETY",
                 "names": [{"language": "en", "name": "%s", "acronym": "%s"},
                           {"language": "fr", "name": "%s (fr)"}],
                 "headquartersCountry": "ua", "countries": ["UA", "MD"],
                 "roles": ["OVERSIGHT", "RESEARCH"], "website": "https://example.org",
                 "mandate": "Watches the police on behalf of citizens." %s}
                """.formatted(englishName, acronym, englishName, extra);
    }

    @Test
    void createReadUpdateAndTheAuditLogRecordsEachWrite() throws Exception {
        String location = mvc.perform(post("/api/v1/organisations").with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(body("Police Watch Kyiv", "PWK", "")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/organisations/")))
                .andExpect(jsonPath("$.name").value("Police Watch Kyiv"))
                .andExpect(jsonPath("$.headquartersCountry").value("UA"))
                .andExpect(jsonPath("$.countries", containsInAnyOrder("MD", "UA")))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get(location).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Police Watch Kyiv (fr)"))
                .andExpect(jsonPath("$.acronym").value("PWK"))
                .andExpect(jsonPath("$.roles", containsInAnyOrder("OVERSIGHT", "RESEARCH")))
                .andExpect(jsonPath("$.version").value(0));

        mvc.perform(put(location).with(authentication(TestActors.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Police Watch Ukraine", "PWU", ", \"version\": 0")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Police Watch Ukraine"))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(get("/api/v1/organisations").param("q", "police watch u"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", hasItem("Police Watch Ukraine")));

        var rows = jdbc.queryForList("select action, actor, changes from audit_entry where entity_type = 'organisation' "
                + "and entity_id = ? order by id", String.valueOf(id));
        assertThat(rows).extracting(r -> r.get("action")).containsExactly("created", "updated");
        assertThat(rows).extracting(r -> r.get("actor")).containsOnly("test-admin");
        assertThat((String) rows.get(1).get("changes"))
                .contains("\"before\":[\"en: Police Watch Kyiv (PWK)\"", "Police Watch Ukraine (PWU)")
                .doesNotContain("mandate");
    }

    @Test
    void invalidInputIsAProblemDocumentNamingEachFieldAndRuleAndNothingIsWritten() throws Exception {
        long before = jdbc.queryForObject("select count(*) from organisation", Long.class);
        String invalid = """
                {"type": "CIVIL_SOCIETY", "subtype": "POLICE",
                 "names": [{"language": "fr", "name": "Sans nom anglais"}],
                 "countries": ["UA", "XX"], "website": "ftp://example.org", "iatiIdentifier": "has spaces in it"}
                """;
        mvc.perform(post("/api/v1/organisations").with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(invalid))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[?(@.field == 'names')].rule").value("english-name-required"))
                .andExpect(jsonPath("$.errors[?(@.field == 'countries')].rule").value("unknown-country"))
                .andExpect(jsonPath("$.errors[?(@.field == 'countries')].message").value("There is no country with the code XX."))
                .andExpect(jsonPath("$.errors[?(@.field == 'website')].rule").value("web-address"))
                .andExpect(jsonPath("$.errors[?(@.field == 'subtype')].rule").value("subtype-mismatch"))
                .andExpect(jsonPath("$.errors[?(@.field == 'iatiIdentifier')].rule").value("iati-identifier-format"));

        mvc.perform(post("/api/v1/organisations").with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"names\": []}").header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'type')].rule").value("not-null"))
                .andExpect(jsonPath("$.errors[?(@.field == 'names')].rule").value("size"));

        assertThat(jdbc.queryForObject("select count(*) from organisation", Long.class)).isEqualTo(before);
    }

    @Test
    void aStaleVersionIsRefusedWithConflictInsteadOfOverwriting() throws Exception {
        String created = mvc.perform(post("/api/v1/organisations").with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(body("Border Monitor", "BM", "")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Integer id = JsonPath.read(created, "$.id");
        mvc.perform(put("/api/v1/organisations/" + id).with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(body("Border Monitor 2", "BM", ", \"version\": 0")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/organisations/" + id).with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(body("Border Monitor 3", "BM", ", \"version\": 0")))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/organisations/" + id)).andExpect(jsonPath("$.name").value("Border Monitor 2"));
    }

    @Test
    void aMissingOrganisationIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/organisations/987654321"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
