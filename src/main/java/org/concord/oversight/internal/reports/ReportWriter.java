package org.concord.oversight.internal.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.concord.oversight.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The intake's writes of a {@link SealedReport}: its ids from the sequences, then its rows, one insert each. */
@Repository
class ReportWriter {

    private final JdbcClient jdbc;

    ReportWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement, outside any transaction: a sequence's numbers are never given twice, even without a commit. */
    SealedReport.Ids reserve(int attachments) {
        return jdbc.sql("""
                        select nextval('oversight_report_id_seq'),
                               array(select nextval('oversight_attachment_id_seq') from generate_series(1, :n))""")
                .param("n", attachments)
                .query((rs, i) -> new SealedReport.Ids(rs.getLong(1),
                        List.of((Long[]) rs.getArray(2).getArray())))
                .single();
    }

    void insert(SealedReport report, long channelId, long organisationId, Category category, Instant receivedAt) {
        Timestamp received = Timestamp.from(receivedAt);
        jdbc.sql("""
                        insert into oversight_report (id, channel_id, organisation_id, category, received_at, receipt_lookup,
                                                      content, last_reporter_activity)
                        values (:id, :channel, :organisation, :category, :received, :lookup, :content, :received)""")
                .param("id", report.id()).param("channel", channelId).param("organisation", organisationId)
                .param("category", category.name()).param("received", received)
                .param("lookup", report.receiptLookup()).param("content", report.content())
                .update();
        for (SealedReport.WrappedKey key : report.keys()) {
            jdbc.sql("""
                            insert into oversight_report_key (report_id, holder, account_id, wrapped)
                            values (:report, :holder, :account, :wrapped)""")
                    .param("report", report.id()).param("holder", key.holder().name())
                    .param("account", key.accountId(), java.sql.Types.BIGINT).param("wrapped", key.wrapped())
                    .update();
        }
        for (SealedReport.SealedAttachment a : report.attachments()) {
            jdbc.sql("""
                            insert into oversight_attachment (id, report_id, message_id, question, blob_key, media_type,
                                                              size_bytes, sealed_name, added_at)
                            values (:id, :report, null, :question, :blob, :type, :size, :name, :added)""")
                    .param("id", a.id()).param("report", report.id())
                    .param("question", a.question(), java.sql.Types.VARCHAR).param("blob", a.blobKey())
                    .param("type", a.mediaType()).param("size", a.sizeBytes()).param("name", a.sealedName())
                    .param("added", received)
                    .update();
        }
    }
}
