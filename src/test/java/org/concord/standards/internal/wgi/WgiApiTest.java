package org.concord.standards.internal.wgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.concord.standards.ScorecardTestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The governance indicators import through the API and the page: a layout of renamed columns is mapped once (by name)
 * and reused for the next edition; a file with unreadable rows is refused whole, each problem named by row and
 * column. Guam (GU) in years no real edition has: rows no other test writes (and no percentile ranks, which the
 * import test lists).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WgiApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    long owner;
    Authentication coordinator;
    String layout;

    /** A later edition's own layout: other headers, another order, no percentile ranks. */
    static final String HEADER = "Economy,Economy Name,Indicator,Year of data,Estimate value,Std error\r\n";

    @BeforeAll
    void people() {
        owner = ScorecardTestData.organisation(jdbc, "Pacific Governance Data Unit");
        coordinator = TestActors.as("wgi-api-coordinator", new Grant(Role.COORDINATOR, owner));
        layout = "Renamed layout " + UUID.randomUUID().toString().substring(0, 6);
    }

    String mapping(String... headers) {
        return """
                {"ownerOrganisationId": %d, "headers": {"economyCode": "Economy", "economyName": "Economy Name",
                 "indicator": "Indicator", "year": "Year of data", "estimate": "Estimate value"%s}}"""
                .formatted(owner, headers.length == 0 ? "" : ", \"standardError\": \"" + headers[0] + "\"");
    }

    /** This test's values: Guam's in years from {@code from} to {@code to}. */
    List<String> stored(int from, int to) {
        return jdbc.queryForList("""
                select i.code || ' ' || v.period || ': ' || v.value::float8 || coalesce(' se ' || v.standard_error::float8, '')
                from standards_value v join standards_indicator i on i.id = v.indicator_id
                where i.code like 'WGI-%' and v.country_code = 'GU' and v.period between ? and ? order by 1""", String.class,
                String.valueOf(from), String.valueOf(to));
    }

    @Test
    void aLayoutIsMappedOnceByNameAndReusedForTheNextEditionThroughTheApiAndThePage() throws Exception {
        mvc.perform(put("/api/v1/standards/wgi/mappings/{name}", layout).with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(mapping()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.headers.year").value("Year of data"));
        // the same name (in other letters' case) replaces its columns rather than adding a second mapping
        mvc.perform(put("/api/v1/standards/wgi/mappings/{name}", layout.toUpperCase()).with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(mapping("Std error")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(layout))
                .andExpect(jsonPath("$.headers.standardError").value("Std error"));
        mvc.perform(get("/api/v1/standards/wgi/mappings").with(authentication(coordinator))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == '" + layout + "')].headers.standardError").value(org.hamcrest.Matchers.contains("Std error")));

        // edition 1, as the request body
        String first = "\uFEFF" + HEADER + "GUM,Guam,cc,2190,0.40,0.20\r\n\"GUM\",\"Guam, US territory\",va,2190,0.10,..\r\n";
        mvc.perform(post("/api/v1/standards/wgi/imports").param("mapping", layout).with(authentication(coordinator))
                        .contentType("text/csv").content(first.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(2)).andExpect(jsonPath("$.added").value(2));
        assertThat(stored(2190, 2192)).containsExactly("WGI-CC 2190: 0.4 se 0.2", "WGI-VA 2190: 0.1");

        // edition 2, uploaded, with the same saved mapping: one value revised, one year added, one unchanged
        String second = HEADER + "GUM,Guam,cc,2190,0.45,0.20\nGUM,Guam,va,2190,0.10,..\nGUM,Guam,cc,2191,0.50,0.10\n";
        mvc.perform(multipart("/api/v1/standards/wgi/imports").file(new MockMultipartFile("file", "wgi-2191.csv", "text/csv",
                        second.getBytes(StandardCharsets.UTF_8))).param("mapping", layout).with(authentication(coordinator)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(1))
                .andExpect(jsonPath("$.updated").value(1)).andExpect(jsonPath("$.unchanged").value(1));
        assertThat(stored(2190, 2192)).containsExactly("WGI-CC 2190: 0.45 se 0.2", "WGI-CC 2191: 0.5 se 0.1", "WGI-VA 2190: 0.1");

        // the page offers the mapping saved through the API, and imports the next edition with it
        long id = jdbc.queryForObject("select id from standards_wgi_column_mapping where name = ?", Long.class, layout);
        mvc.perform(get("/standards/wgi").with(authentication(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + id + "\">" + layout + "</option>")));
        String third = HEADER + "GUM,Guam,cc,2192,0.55,0.10\r\n";
        mvc.perform(multipart("/standards/wgi/imports").file(new MockMultipartFile("file", "wgi-2192.csv", "text/csv",
                        third.getBytes(StandardCharsets.UTF_8))).param("mapping", String.valueOf(id))
                        .with(authentication(coordinator)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("1 rows: 1 values added")));
        assertThat(stored(2190, 2192)).contains("WGI-CC 2192: 0.55 se 0.1");
        assertThat(jdbc.queryForObject("select count(*) from standards_wgi_column_mapping where lower(name) = lower(?)",
                Long.class, layout)).isEqualTo(1);
    }

    @Test
    void aFileWithUnreadableRowsIsRefusedWholeWithEachProblemByRowAndColumn() throws Exception {
        String layoutHere = layout + " strict";
        mvc.perform(put("/api/v1/standards/wgi/mappings/{name}", layoutHere).with(authentication(coordinator))
                .contentType(MediaType.APPLICATION_JSON).content(mapping("Std error"))).andExpect(status().isCreated());
        String file = HEADER + "GUM,Guam,cc,2195,0.40,0.20\r\nANT,Netherlands Antilles,cc,2195,0.3,0.2\r\n"
                + "GUM,Guam,cc,21x5,0.40,0.20\r\nGUM,Guam,cc,2196,minus,0.20\r\n";
        mvc.perform(post("/api/v1/standards/wgi/imports").param("mapping", layoutHere).with(authentication(coordinator))
                        .contentType("text/csv").content(file))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("rows[3].Economy"))
                .andExpect(jsonPath("$.errors[0].rule").value("wgi-economy"))
                .andExpect(jsonPath("$.errors[0].message").value("Row 3, column “Economy”, found “ANT”: no single country has this economy code"))
                .andExpect(jsonPath("$.errors[1].field").value("rows[4].Year of data"))
                .andExpect(jsonPath("$.errors[1].rule").value("wgi-year"))
                .andExpect(jsonPath("$.errors[2].field").value("rows[5].Estimate value"))
                .andExpect(jsonPath("$.errors[2].rule").value("wgi-number"));
        // nothing of the file was kept, not even its good row
        assertThat(stored(2195, 2196)).noneMatch(s -> s.contains("2195"));
        mvc.perform(post("/api/v1/standards/wgi/imports").param("mapping", layoutHere).with(authentication(coordinator))
                        .header("Accept-Language", "fr").contentType("text/csv").content(file))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Ligne 3, colonne « Economy »")));

        // skipping them instead imports the good row and lists the others
        mvc.perform(post("/api/v1/standards/wgi/imports").param("mapping", layoutHere).param("onProblem", "skip")
                        .with(authentication(coordinator)).contentType("text/csv").content(file))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(1)).andExpect(jsonPath("$.problemCount").value(3))
                .andExpect(jsonPath("$.problems[0].line").value(3)).andExpect(jsonPath("$.problems[0].column").value("Economy"));
        assertThat(stored(2195, 2196)).contains("WGI-CC 2195: 0.4 se 0.2");

        // a layout the file does not have, an unknown mapping, an unknown way of handling problems
        mvc.perform(post("/api/v1/standards/wgi/imports").param("mapping", layoutHere).with(authentication(coordinator))
                        .contentType("text/csv").content("code,year\r\nGUM,2195\r\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].rule").value("wgi-missing-column"));
        mvc.perform(post("/api/v1/standards/wgi/imports").param("mapping", "No such layout").with(authentication(coordinator))
                .contentType("text/csv").content(file)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/standards/wgi/imports").param("mapping", layoutHere).param("onProblem", "ignore")
                        .with(authentication(coordinator)).contentType("text/csv").content(file))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("onProblem"));
        mvc.perform(put("/api/v1/standards/wgi/mappings/{name}", layoutHere).with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"ownerOrganisationId": %d, "headers": {"economyCode": "Economy", "colour": "x"}}""".formatted(owner)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("headers.colour"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/standards/wgi/imports")))
                .andExpect(content().string(containsString("/api/v1/standards/wgi/mappings/{name}")));
    }

    @Test
    void onlyAdministratorsAndCoordinatorsOfTheOwnerMapAndImport() throws Exception {
        String layoutHere = layout + " guarded";
        mvc.perform(put("/api/v1/standards/wgi/mappings/{name}", layoutHere).with(authentication(coordinator))
                .contentType(MediaType.APPLICATION_JSON).content(mapping())).andExpect(status().isCreated());
        String file = HEADER + "GUM,Guam,cc,2198,0.40,0.20\r\n";
        mvc.perform(post("/api/v1/standards/wgi/imports").param("mapping", layoutHere).contentType("text/csv").content(file))
                .andExpect(status().isUnauthorized());
        long other = ScorecardTestData.organisation(jdbc, "Another Data Unit");
        for (Authentication who : List.of(TestActors.as("wgi-trainee", new Grant(Role.TRAINEE, owner)),
                TestActors.as("wgi-other-coordinator", new Grant(Role.COORDINATOR, other)))) {
            mvc.perform(post("/api/v1/standards/wgi/imports").param("mapping", layoutHere).with(authentication(who))
                    .contentType("text/csv").content(file)).andExpect(status().isForbidden());
            // nor may they take over the mapping by saving under its name
            mvc.perform(put("/api/v1/standards/wgi/mappings/{name}", layoutHere).with(authentication(who))
                    .contentType(MediaType.APPLICATION_JSON).content(mapping().replace(String.valueOf(owner), String.valueOf(other))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/standards/wgi/mappings").with(authentication(TestActors.as("wgi-trainee", new Grant(Role.TRAINEE, owner)))))
                .andExpect(status().isForbidden());
        assertThat(stored(2198, 2198)).noneMatch(s -> s.contains("2198"));
        mvc.perform(post("/api/v1/standards/wgi/imports").param("mapping", layoutHere).with(authentication(TestActors.admin()))
                .contentType("text/csv").content(file)).andExpect(status().isOk()).andExpect(jsonPath("$.added").value(1));
    }
}
