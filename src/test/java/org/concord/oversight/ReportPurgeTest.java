package org.concord.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.concord.oversight.internal.reports.ReportContent;
import org.concord.shared.blobs.BlobStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** What the retention purge calls: everything sealed under the report's key goes, the statistics' columns stay. */
@SpringBootTest
@AutoConfigureMockMvc
class ReportPurgeTest extends OversightTestBase {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportContent content;
    @Autowired
    BlobStore blobs;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void purgingRemovesContentMessagesKeysAndBlobsAndTheReceiptOpensNothing() throws Exception {
        OversightFixture.Body body = fixture().body();
        String receipt = ReceiptFlowTest.submit(mvc, body.slug(), "To be forgotten",
                new MockMultipartFile("file.evidence", "a.txt", "text/plain", "evidence".getBytes(StandardCharsets.UTF_8)));
        long id = jdbc.queryForObject("select max(r.id) from oversight_report r join oversight_channel c on c.id = r.channel_id "
                + "where c.slug = ?", Long.class, body.slug());
        String blobKey = jdbc.queryForObject("select blob_key from oversight_attachment where report_id = ?", String.class, id);
        assertThat(blobs.get(blobKey)).isPresent();

        transactions.executeWithoutResult(t -> content.purge(id));

        assertThat(jdbc.queryForMap("select content, purged_at, category, received_at from oversight_report where id = ?", id))
                .containsEntry("content", null).containsEntry("category", "UNLAWFUL_FORCE")
                .extractingByKey("purged_at").isNotNull();
        for (String table : new String[] {"oversight_report_key", "oversight_message", "oversight_note", "oversight_attachment"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where report_id = ?", Integer.class, id))
                    .as(table).isZero();
        }
        assertThat(blobs.get(blobKey)).isEmpty();
        mvc.perform(post("/report/follow-up").param("receipt", receipt).with(ReceiptThrottleTest.from("10.91.0.1")).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }
}
