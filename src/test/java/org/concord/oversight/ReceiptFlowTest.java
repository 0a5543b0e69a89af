package org.concord.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.TestActors;
import org.concord.oversight.internal.inbox.InboxService;
import org.concord.oversight.internal.keys.RecipientKeys;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A reporter, with no account and no script, submits on the form, keeps the receipt, comes back with it, reads the
 * officer's answer, replies with a file and flags retaliation; the officer reads all of it decrypted.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReceiptFlowTest extends OversightTestBase {

    @Autowired
    MockMvc mvc;
    @Autowired
    InboxService inbox;
    @Autowired
    RecipientKeys keys;

    static final Pattern RECEIPT = Pattern.compile("\\d{4} \\d{4} \\d{4} \\d{4}");

    static String submit(MockMvc mvc, String slug, String what, MockMultipartFile... files) throws Exception {
        var request = multipart("/report/" + slug).param("category", "UNLAWFUL_FORCE").param("answer.what", what)
                .param("answer.seen", "yes").param("answer.when", "2026-11-30").param("identity", "anonymous");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        MvcResult result = mvc.perform(request.with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("shown only once"))).andReturn();
        Matcher m = RECEIPT.matcher(result.getResponse().getContentAsString());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    static Cookie open(MockMvc mvc, String receipt) throws Exception {
        MvcResult result = mvc.perform(post("/report/follow-up").param("receipt", receipt).with(csrf()))
                .andExpect(redirectedUrl("/report/follow-up/report")).andReturn();
        Cookie cookie = result.getResponse().getCookie("CONCORD_REPORT");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(result.getResponse().getHeader("Set-Cookie")).contains("SameSite=Strict");
        return cookie;
    }

    @Test
    void submitReturnWithTheReceiptExchangeMessagesAndAddAFile() throws Exception {
        OversightFixture.Body body = fixture().body();
        mvc.perform(get("/report")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/report/" + body.slug())));
        mvc.perform(get("/report/" + body.slug())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("What happened?")));

        String receipt = submit(mvc, body.slug(), "The patrol beat a man outside the station.",
                new MockMultipartFile("file.evidence", "notes.txt", "text/plain", "timeline of the night".getBytes(StandardCharsets.UTF_8)));

        Cookie cookie = open(mvc, receipt);
        mvc.perform(get("/report/follow-up/report").cookie(cookie)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Received")))
                .andExpect(content().string(Matchers.containsString("No messages yet")));

        long reportId = jdbc.queryForObject("select max(id) from oversight_report where channel_id = "
                + "(select id from oversight_channel where slug = ?)", Long.class, body.slug());
        var officer = OversightFixture.as(body.officerId(), body.officer(), new Grant(Role.OVERSIGHT_OFFICER, body.organisationId()));
        byte[] privateKey = keys.unlock(body.officerId(), OversightFixture.PASSWORD.toCharArray());
        var read = TestActors.runAs(officer, () -> inbox.read(reportId, privateKey, Locale.ENGLISH));
        assertThat(read.answers().answers()).containsEntry("what", java.util.List.of("The patrol beat a man outside the station."));
        assertThat(read.answers().anonymous()).isTrue();
        assertThat(read.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("notes.txt"));
        assertThat(read.receivedAt().getEpochSecond() % 3600).isZero();
        TestActors.runAs(officer, () -> {
            inbox.message(reportId, privateKey, "Thank you. Which day was it?");
            inbox.note(reportId, privateKey, "Internal: check the station's logbook.");
            return null;
        });

        mvc.perform(get("/report/follow-up/report").cookie(cookie)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Thank you. Which day was it?")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("logbook"))));
        mvc.perform(multipart("/report/follow-up/reply").file(new MockMultipartFile("files", "photo-list.txt", "text/plain",
                        "second file".getBytes(StandardCharsets.UTF_8)))
                .param("text", "It was the night of 29 November.").cookie(cookie).with(csrf()))
                .andExpect(redirectedUrl("/report/follow-up/report?sent"));
        mvc.perform(post("/report/follow-up/retaliation").cookie(cookie).with(csrf()))
                .andExpect(redirectedUrl("/report/follow-up/report?flagged"));

        var again = TestActors.runAs(officer, () -> inbox.read(reportId, privateKey, Locale.ENGLISH));
        assertThat(again.messages()).extracting(m -> m.text())
                .containsExactly("Thank you. Which day was it?", "It was the night of 29 November.");
        assertThat(again.messages().get(1).attachments()).singleElement()
                .satisfies(a -> assertThat(a.fileName()).isEqualTo("photo-list.txt"));
        assertThat(again.notes()).extracting(n -> n.text()).containsExactly("Internal: check the station's logbook.");
        assertThat(again.retaliationFlagged()).isTrue();
        long fileId = again.messages().get(1).attachments().get(0).id();
        var file = TestActors.runAs(officer, () -> inbox.attachment(reportId, fileId, privateKey));
        assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).isEqualTo("second file");

        // the officers' reading and writing is audited, with nothing about the reporter
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'oversight-report' "
                + "and entity_id = ? and actor = ?", String.class, String.valueOf(reportId), body.officer()))
                .contains("read", "message-sent", "note-written", "attachment-read");
    }
}
