package org.concord.projects.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Several files imported at once are followed on one page that says which file failed and why; an import's report
 * groups its notes by rule (the rule in the reader's language, how many, the first examples).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportReportPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ImportWorker worker;
    @Autowired
    JdbcTemplate jdbc;

    static String activity(String id, String value) {
        return """
                <iati-activity default-currency="EUR">
                  <iati-identifier>%s</iati-identifier>
                  <reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org>
                  <title><narrative>%s</narrative></title>
                  <transaction><transaction-type code="3"/><transaction-date iso-date="2021-01-01"/>
                    <value value-date="2021-01-01">%s</value></transaction>
                </iati-activity>""".formatted(id, id, value);
    }

    static MockMultipartFile file(String name, String xml) {
        return new MockMultipartFile("files", name, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void severalFilesAreFollowedOnOnePageThatSaysWhichFailedAndWhy() throws Exception {
        String good = "<iati-activities version=\"2.03\">" + activity("XM-TEST-FILES-1", "100") + "</iati-activities>";
        String alsoGood = "<iati-activities version=\"2.03\">" + activity("XM-TEST-FILES-2", "200") + "</iati-activities>";
        MvcResult uploaded = mvc.perform(multipart("/activities/import").file(file("first.xml", good))
                        .file(file("second.xml", alsoGood)).file(file("broken.xml", "this is not XML"))
                        .with(csrf()).with(authentication(TestActors.admin())).header("Accept-Language", "en"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = uploaded.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/activities/import/files?jobs=");
        String[] ids = location.substring(location.indexOf('=') + 1).split(",");
        assertThat(ids).hasSize(2);

        // the page names the refused file and why, and follows the two others while they wait
        String page = mvc.perform(get(location).cookie(uploaded.getResponse().getCookie("SESSION")).with(authentication(TestActors.admin()))
                        .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("broken.xml was not imported").contains("first.xml").contains("second.xml")
                .contains("Waiting to start").contains("hx-get=\"/activities/import/files/progress?jobs=" + ids[0] + "," + ids[1] + "\"");

        // the first runs; the second stops (as when its file turns out broken past its first activities)
        worker.runIfFree(Long.parseLong(ids[0]));
        jdbc.update("update import_job set status = 'FAILED', error = 'The file ends before its last activity.', "
                + "finished_at = now() where id = ?", Long.parseLong(ids[1]));
        String progress = mvc.perform(get("/activities/import/files/progress").param("jobs", ids[0] + "," + ids[1])
                        .with(authentication(TestActors.admin())).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(progress).contains("2 files finished, 1 of them stopped")
                .contains("second.xml was not imported: The file ends before its last activity.")
                .doesNotContain("hx-trigger");
        assertThat(section(progress, "file-" + ids[0])).contains("Finished").contains("Created: 1");
    }

    @Test
    void theReportGroupsItsNotesByRuleInTheReadersLanguage() throws Exception {
        StringBuilder xml = new StringBuilder("<iati-activities version=\"2.03\">");
        for (int i = 1; i <= 7; i++) {
            xml.append(activity("XM-TEST-GROUP-" + i, i + ",5a"));
        }
        xml.append(activity("XM-TEST-GROUP-OK", "300")).append("</iati-activities>");
        MvcResult uploaded = mvc.perform(multipart("/activities/import").file(file("group.xml", xml.toString()))
                        .with(csrf()).with(authentication(TestActors.admin())))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(uploaded.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        worker.runIfFree(id);

        String report = mvc.perform(get("/activities/import/" + id).with(authentication(TestActors.admin()))
                        .header("Accept-Language", "fr")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String rejections = section(report, "rejections");
        // one group for the one rule, in French, with its count and its first five examples
        assertThat(count(rejections, "class=\"rule-group\"")).isEqualTo(1);
        assertThat(rejections).contains("pas un nombre").contains("Activités : 7").contains("Les 5 premières");
        assertThat(count(rejections, "XM-TEST-GROUP-")).isEqualTo(5);
    }

    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        int end = html.indexOf("</section>", start);
        int li = html.indexOf("</li>", start);
        return html.substring(start, id.startsWith("file-") ? li : end);
    }

    static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
