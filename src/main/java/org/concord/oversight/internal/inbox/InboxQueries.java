package org.concord.oversight.internal.inbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The officer's list: reports of the channels they are a recipient of, newest first. */
@Component
class InboxQueries {

    private final JdbcClient jdbc;

    InboxQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, long channelId, String channelSlug, String category, Instant receivedAt,
               Instant lastReporterActivity, boolean retaliationFlagged, boolean readable) {
    }

    List<Row> reportsFor(long accountId, int limit, int offset) {
        return jdbc.sql("""
                        select r.id, r.channel_id, c.slug, r.category, r.received_at, r.last_reporter_activity,
                               r.retaliation_flagged,
                               exists (select 1 from oversight_report_key k where k.report_id = r.id
                                       and k.holder = 'RECIPIENT' and k.account_id = :account) readable
                        from oversight_report r
                        join oversight_channel c on c.id = r.channel_id
                        join oversight_channel_recipient cr on cr.channel_id = r.channel_id and cr.account_id = :account
                        where r.purged_at is null
                        order by r.received_at desc, r.id desc
                        limit :limit offset :offset""")
                .param("account", accountId).param("limit", limit).param("offset", offset)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getBoolean(7), rs.getBoolean(8)))
                .list();
    }

    boolean isRecipient(long accountId, long reportId) {
        return jdbc.sql("""
                        select exists (select 1 from oversight_report r join oversight_channel_recipient cr
                                       on cr.channel_id = r.channel_id where r.id = :report and cr.account_id = :account)""")
                .param("report", reportId).param("account", accountId).query(Boolean.class).single();
    }
}
