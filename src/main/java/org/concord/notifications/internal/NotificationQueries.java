package org.concord.notifications.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.notifications.Delivery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox's reads: pages, counts, what the e-mails carry. Each is one statement on an index of its own. */
@Repository
class NotificationQueries {

    /** A notification as stored: its text still a key and arguments, to render in the reader's language. */
    record StoredNotification(long id, long accountId, String kind, String messageKey, List<String> arguments,
                              String link, Instant createdAt, Instant readAt, Instant emailedAt) {
    }

    private static final String COLUMNS = "id, account_id, kind, message_key, arguments, link, created_at, read_at, emailed_at";

    private final JdbcClient jdbc;

    NotificationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The header's count on every page: an index-only count over the unread rows (notification_unread_idx). */
    long unreadCount(long accountId) {
        return jdbc.sql("select count(*) from notification where account_id = :account and read_at is null")
                .param("account", accountId).query(Long.class).single();
    }

    long total(long accountId) {
        return jdbc.sql("select count(*) from notification where account_id = :account")
                .param("account", accountId).query(Long.class).single();
    }

    List<StoredNotification> page(long accountId, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from notification where account_id = :account"
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .param("account", accountId).param("limit", size).param("offset", (long) page * size)
                .query((rs, i) -> stored(rs)).list();
    }

    java.util.Optional<StoredNotification> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notification where id = :id").param("id", id)
                .query((rs, i) -> stored(rs)).optional();
    }

    /** Each of these accounts' choice of delivery, the default for those who never chose. */
    Map<Long, Delivery> deliveries(Collection<Long> accountIds) {
        Map<Long, Delivery> deliveries = new HashMap<>();
        accountIds.forEach(id -> deliveries.put(id, Delivery.DEFAULT));
        jdbc.sql("select account_id, delivery from notification_preference where account_id = any(:ids)")
                .param("ids", accountIds.toArray(Long[]::new))
                .query(rs -> {
                    deliveries.put(rs.getLong(1), Delivery.valueOf(rs.getString(2)));
                });
        return deliveries;
    }

    /** Accounts with unread notifications not e-mailed yet, created before {@code until}, who chose a daily digest. */
    List<Long> digestAccounts(Instant until) {
        return jdbc.sql("""
                        select distinct n.account_id from notification n
                        left join notification_preference p on p.account_id = n.account_id
                        where n.read_at is null and n.emailed_at is null and n.created_at <= :until
                          and coalesce(p.delivery, :default) = 'DAILY'
                        order by n.account_id""")
                .param("until", Timestamp.from(until)).param("default", Delivery.DEFAULT.name())
                .query(Long.class).list();
    }

    /** What one account's digest carries: unread, not e-mailed yet, oldest first. */
    List<StoredNotification> undigested(long accountId, Instant until) {
        return jdbc.sql("select " + COLUMNS + " from notification where account_id = :account and read_at is null"
                        + " and emailed_at is null and created_at <= :until order by created_at, id")
                .param("account", accountId).param("until", Timestamp.from(until))
                .query((rs, i) -> stored(rs)).list();
    }

    private static StoredNotification stored(ResultSet rs) throws SQLException {
        Array array = rs.getArray("arguments");
        List<String> arguments = array == null ? List.of() : Arrays.asList((String[]) array.getArray());
        return new StoredNotification(rs.getLong("id"), rs.getLong("account_id"), rs.getString("kind"),
                rs.getString("message_key"), arguments, rs.getString("link"), instant(rs, "created_at"),
                instant(rs, "read_at"), instant(rs, "emailed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
