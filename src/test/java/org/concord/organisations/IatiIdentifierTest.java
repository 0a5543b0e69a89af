package org.concord.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * An organisation's IATI identifier decides which imported activities it reports, and so whose coordinators may change
 * them: only administrators set or change it, and no two organisations hold the same one in any case.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IatiIdentifierTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Organisations organisations;

    private long watch;
    private Authentication coordinator;

    @BeforeEach
    void aWatchdogWithItsCoordinator() throws Exception {
        jdbc.update("delete from organisation where slug like 'identifier-watch%' or iati_identifier ilike 'xi-test-case%'");
        String created = mvc.perform(post("/api/v1/organisations").with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(body(null, "Identifier Watch")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        watch = JsonMapper.builder().build().readTree(created).get("id").asLong();
        coordinator = TestActors.as("identifier-coordinator", new Grant(Role.COORDINATOR, watch));
    }

    private static String body(String iatiIdentifier, String name) {
        return """
                {"type": "CIVIL_SOCIETY", "names": [{"language": "en", "name": "%s"}], "countries": ["UA"]%s}
                """.formatted(name, iatiIdentifier == null ? "" : ", \"iatiIdentifier\": \"" + iatiIdentifier + "\"");
    }

    @Test
    void aCoordinatorCannotTakeAnotherPublishersIdentifier() throws Exception {
        mvc.perform(put("/api/v1/organisations/" + watch).with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(body("XM-DAC-41114", "Identifier Watch")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'iatiIdentifier')].rule").value("iati-identifier-administrators"));
        mvc.perform(put("/api/v1/organisations/" + watch).with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(body("XI-TEST-CASE-NEW", "Identifier Watch")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'iatiIdentifier')].rule").value("iati-identifier-administrators"));
        assertThat(jdbc.queryForObject("select iati_identifier from organisation where id = ?", String.class, watch)).isNull();

        // nor give one to an organisation created below their own
        mvc.perform(post("/api/v1/organisations").with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("XI-TEST-CASE-CHILD", "Identifier Watch Branch").replace("\"countries\"",
                                "\"parentId\": " + watch + ", \"countries\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'iatiIdentifier')].rule").value("iati-identifier-administrators"));
    }

    @Test
    void aCoordinatorStillEditsTheRestAndAnAdministratorSetsTheIdentifier() throws Exception {
        mvc.perform(put("/api/v1/organisations/" + watch).with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(body("XI-TEST-CASE-WATCH", "Identifier Watch")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/organisations/" + watch).with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(body("XI-TEST-CASE-WATCH", "Identifier Watch Ukraine")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Identifier Watch Ukraine"));
        // removing it is a change of identifier too
        mvc.perform(put("/api/v1/organisations/" + watch).with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(body(null, "Identifier Watch Ukraine")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void identifiersAreUniqueRegardlessOfCase() throws Exception {
        mvc.perform(put("/api/v1/organisations/" + watch).with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(body("xm-dac-41114", "Identifier Watch")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'iatiIdentifier')].rule").value("iati-identifier-taken"));
        // the database holds the rule for every writer
        assertThatThrownBy(() -> jdbc.update("update organisation set iati_identifier = 'Xm-Dac-41114' where id = ?", watch))
                .isInstanceOf(DuplicateKeyException.class);

        // a file naming UNDP in lower case is linked to UNDP, and no second UNDP is entered
        long undp = jdbc.queryForObject("select id from organisation where slug = 'undp'", Long.class);
        long count = jdbc.queryForObject("select count(*) from organisation", Long.class);
        Organisations.Registered registered = organisations.registerAllFromIati(List.of(
                new Organisations.IatiOrganisation("xm-dac-41114", "undp", "40"),
                new Organisations.IatiOrganisation("XI-TEST-CASE-A", "Case A", "22"),
                new Organisations.IatiOrganisation("xi-test-case-a", "Case a", "22")));
        assertThat(registered.ids().get("xm-dac-41114")).isEqualTo(undp);
        assertThat(registered.created()).isEqualTo(1);
        assertThat(registered.ids().get("xi-test-case-a")).isEqualTo(registered.ids().get("XI-TEST-CASE-A"));
        assertThat(jdbc.queryForObject("select count(*) from organisation", Long.class)).isEqualTo(count + 1);
    }
}
