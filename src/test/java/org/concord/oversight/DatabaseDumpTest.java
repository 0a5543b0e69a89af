package org.concord.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.concord.shared.blobs.FileSystemBlobStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a stolen database and blob directory would give away: after a report with an attachment, a reply and a
 * contact address, every column of every table (cast to text, so bytea shows as hex) and every blob's bytes are
 * searched for what the reporter wrote and attached, and for the receipt. None of it is there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatabaseDumpTest extends OversightTestBase {

    @Autowired
    MockMvc mvc;
    @Autowired
    FileSystemBlobStore blobs;

    @Test
    void neitherTheTablesNorTheBlobsHoldWhatTheReporterWroteOrAttached() throws Exception {
        OversightFixture.Body body = fixture().body();
        String secret = "The colonel took the bribe " + UUID.randomUUID();
        String contact = "whistle-" + UUID.randomUUID() + "@example.org";
        String reply = "More about it " + UUID.randomUUID();
        byte[] attachment = ("Ledger of payments " + UUID.randomUUID() + "\n").repeat(20).getBytes(StandardCharsets.UTF_8);

        String page = mvc.perform(multipart("/report/" + body.slug())
                        .file(new MockMultipartFile("file.evidence", "ledger-" + UUID.randomUUID() + ".txt", "text/plain", attachment))
                        .param("category", "CORRUPTION_BRIBERY").param("answer.what", secret).param("answer.unit", secret)
                        .param("identity", "contact").param("contact", contact).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = ReceiptFlowTest.RECEIPT.matcher(page);
        assertThat(m.find()).as("receipt shown").isTrue();
        String receipt = m.group();
        var cookie = mvc.perform(post("/report/follow-up").param("receipt", receipt).with(csrf()))
                .andReturn().getResponse().getCookie("CONCORD_REPORT");
        mvc.perform(multipart("/report/follow-up/reply").param("text", reply).cookie(cookie).with(csrf()));

        String dump = dumpEveryTable();
        assertThat(dump).contains(body.slug());
        for (String needle : List.of(secret, contact, reply, receipt, receipt.replace(" ", ""))) {
            assertThat(dump).doesNotContain(needle);
            assertThat(dump).doesNotContain(HexFormat.of().formatHex(needle.getBytes(StandardCharsets.UTF_8)));
        }
        String attachmentHex = HexFormat.of().formatHex(attachment, 0, 48);
        assertThat(dump).doesNotContain(attachmentHex);
        assertThat(dump).doesNotContain(new String(attachment, 0, 40, StandardCharsets.UTF_8));

        List<byte[]> files = blobFiles(blobs.directory());
        assertThat(files).isNotEmpty();
        for (byte[] file : files) {
            assertThat(indexOf(file, java.util.Arrays.copyOf(attachment, 40))).isNegative();
            assertThat(indexOf(file, secret.getBytes(StandardCharsets.UTF_8))).isNegative();
        }
    }

    private String dumpEveryTable() {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""", String.class);
        assertThat(tables).contains("oversight_report", "oversight_message", "oversight_attachment", "audit_entry",
                "event_publication", "spring_session_attributes");
        StringBuilder dump = new StringBuilder();
        for (String table : tables) {
            jdbc.query("select t::text from \"" + table + "\" t", rs -> {
                dump.append(table).append(": ").append(rs.getString(1)).append('\n');
            });
        }
        return dump.toString().toLowerCase(java.util.Locale.ROOT).replace("\\\\x", "\\x")
                + dump; // both as written and lower-cased (hex digits)
    }

    private static List<byte[]> blobFiles(Path directory) throws IOException {
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.add(Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
