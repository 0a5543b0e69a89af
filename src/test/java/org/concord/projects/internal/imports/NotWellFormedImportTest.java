package org.concord.projects.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.concord.TestActors;
import org.concord.projects.internal.activities.ActivityStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.hamcrest.Matchers;

/** Issue 10, item 6: a file that is not well-formed names every broken place; the audited repair imports the rest. */
@SpringBootTest
@AutoConfigureMockMvc
class NotWellFormedImportTest {

    /** Control characters in two activities (as real publishers' exports carry them), one activity clean. */
    static final String FILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <iati-activities version="2.03">
              <iati-activity default-currency="EUR">
                <iati-identifier>XM-WF-A</iati-identifier>
                <reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org>
                <title><narrative>Police\u0001 reform\u001F</narrative></title>
              </iati-activity>
              <iati-activity default-currency="EUR">
                <iati-identifier>XM-WF-B</iati-identifier>
                <reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org>
                <title><narrative>Clean</narrative></title>
              </iati-activity>
              <iati-activity default-currency="EUR">
                <iati-identifier>XM-WF-C</iati-identifier>
                <reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org>
                <title><narrative>Justice &#x8; sector</narrative></title>
              </iati-activity>
            </iati-activities>
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActivityStore store;
    @Autowired
    ImportWorker worker;

    @Test
    void aFileThatIsNotWellFormedIsRefusedWithEveryBrokenPlaceNamed() throws Exception {
        long jobs = jdbc.queryForObject("select count(*) from import_job", Long.class);
        mvc.perform(post("/api/v1/imports").param("fileName", "broken.xml").contentType(MediaType.APPLICATION_XML)
                        .content(FILE.getBytes(StandardCharsets.UTF_8)).with(authentication(TestActors.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("iati-file"))
                .andExpect(jsonPath("$.errors[1].rule").value("xml-forbidden-character"))
                .andExpect(jsonPath("$.errors[1].message").value(
                        "Line 6, column 29 (activity XM-WF-A): the character U+0001 is forbidden in XML 1.0"))
                .andExpect(jsonPath("$.errors[2].message").value(
                        "Line 6, column 37 (activity XM-WF-A): the character U+001F is forbidden in XML 1.0"))
                .andExpect(jsonPath("$.errors[3].rule").value("xml-forbidden-reference"))
                .andExpect(jsonPath("$.errors[3].message").value(Matchers.startsWith(
                        "Line 16, column 31 (activity XM-WF-C): the character reference &#x8;")))
                .andExpect(jsonPath("$.errors[4].rule").value("xml-repairable"))
                .andExpect(jsonPath("$.errors.length()").value(5));
        assertThat(jdbc.queryForObject("select count(*) from import_job", Long.class)).isEqualTo(jobs);

        // the upload page shows them all, and offers the repair
        mvc.perform(multipart("/activities/import")
                        .file(new MockMultipartFile("files", "broken.xml", "application/xml", FILE.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(authentication(TestActors.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Line 6, column 29 (activity XM-WF-A)")))
                .andExpect(content().string(Matchers.containsString("Line 6, column 37 (activity XM-WF-A)")))
                .andExpect(content().string(Matchers.containsString("Line 16, column 31 (activity XM-WF-C)")))
                .andExpect(content().string(Matchers.containsString("name=\"repair\"")));
    }

    @Test
    void theRepairRemovesTheForbiddenCharactersImportsTheRestAndListsEachRemoval() throws Exception {
        long audited = jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'import-job'"
                + " and changes like '%remove-forbidden-characters%'", Long.class);
        String location = mvc.perform(multipart("/activities/import")
                        .file(new MockMultipartFile("files", "broken.xml", "application/xml", FILE.getBytes(StandardCharsets.UTF_8)))
                        .param("repair", "remove-forbidden-characters")
                        .with(csrf()).with(authentication(TestActors.admin())))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        worker.runIfFree(id);

        assertThat(store.idOf("XM-WF-A")).isPresent();
        assertThat(store.idOf("XM-WF-B")).isPresent();
        assertThat(store.idOf("XM-WF-C")).isPresent();
        assertThat(jdbc.queryForObject("select title from activity where iati_identifier = 'XM-WF-A'", String.class))
                .isEqualTo("Police reform");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'import-job'"
                + " and changes like '%remove-forbidden-characters%'", Long.class)).isEqualTo(audited + 1);

        mvc.perform(get("/api/v1/imports/" + id).with(authentication(TestActors.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.job.repair").value("remove-forbidden-characters"))
                .andExpect(jsonPath("$.job.repairedCharacters").value(3))
                .andExpect(jsonPath("$.removals.length()").value(3))
                .andExpect(jsonPath("$.removals[0].iatiIdentifier").value("XM-WF-A"))
                .andExpect(jsonPath("$.removals[0].ruleArguments[0]").value("6"))
                .andExpect(jsonPath("$.removals[0].ruleArguments[1]").value("29"))
                .andExpect(jsonPath("$.removals[0].ruleArguments[2]").value("U+0001"))
                .andExpect(jsonPath("$.removals[2].iatiIdentifier").value("XM-WF-C"))
                .andExpect(jsonPath("$.removals[2].rule").value("line 16, column 31: &#x8; removed"));
        mvc.perform(get("/activities/import/" + id).with(authentication(TestActors.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("line 6, column 29: U+0001 removed")))
                .andExpect(content().string(Matchers.containsString("line 6, column 37: U+001F removed")))
                .andExpect(content().string(Matchers.containsString("line 16, column 31: &amp;#x8; removed")));
    }

    @Test
    void theRepairDoesNotGuessBrokenTags() throws Exception {
        String broken = FILE.replace("<title><narrative>Clean</narrative></title>", "<title><narrative>Clean</title>");
        mvc.perform(post("/api/v1/imports").param("repair", "remove-forbidden-characters")
                        .contentType(MediaType.APPLICATION_XML)
                        .content(broken.getBytes(StandardCharsets.UTF_8)).with(authentication(TestActors.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[1].rule").value("xml-mismatched-end-tag"))
                .andExpect(jsonPath("$.errors[1].message").value(Matchers.startsWith("Line 11, column ")))
                .andExpect(jsonPath("$.errors[1].message").value(Matchers.containsString("(activity XM-WF-B)")))
                .andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(post("/api/v1/imports").param("repair", "guess").contentType(MediaType.APPLICATION_XML)
                        .content(FILE.getBytes(StandardCharsets.UTF_8)).with(authentication(TestActors.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("repair"));
    }
}
