package org.concord.oversight.internal.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concord.oversight.CaseOutcome;
import org.concord.oversight.CaseStatus;
import org.concord.oversight.Category;
import org.concord.oversight.SanctionType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case list, timelines and the jobs' searches: one statement each, on oversight_case's indexes. */
@Repository
class CaseQueries {

    /** A stored move, names still ids. */
    record StoredStep(CaseStatus from, CaseStatus to, String reason, Long referredTo, CaseOutcome outcome,
                      SanctionType sanction, String actor, Instant at) {
    }

    /** A case waiting past its due moment, for the reminder. */
    record Overdue(long reportId, long organisationId, long channelId, Long assigneeId, Instant nextDue) {
    }

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the cases of {@code bodies} (null: every body), sorted by due moment. The conditions are built from
     * fixed fragments; values are always bound parameters.
     */
    CaseListItem.Page list(Set<Long> bodies, CaseFilter f, Instant now, String language) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (bodies != null) {
            where.append(" and c.organisation_id = any(:bodies)");
            params.put("bodies", bodies.toArray(Long[]::new));
        }
        if (f.body() != null) {
            where.append(" and c.organisation_id = :body");
            params.put("body", f.body());
        }
        if (f.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", f.status().name());
        }
        if (f.channel() != null) {
            where.append(" and c.channel_id = :channel");
            params.put("channel", f.channel());
        }
        if (f.category() != null) {
            where.append(" and c.category = :category");
            params.put("category", f.category().name());
        }
        if (f.assignee() != null) {
            where.append(" and c.assignee_id = :assignee");
            params.put("assignee", f.assignee());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" and c.next_due < :now");
        } else if (Boolean.FALSE.equals(f.overdue())) {
            where.append(" and (c.next_due is null or c.next_due >= :now)");
        }
        if (f.priority() != null) {
            where.append(" and c.priority = :priority");
            params.put("priority", f.priority());
        }
        params.put("now", Timestamp.from(now));
        long total = jdbc.sql("select count(*) from oversight_case c" + where).params(params).query(Long.class).single();
        params.put("language", language);
        params.put("limit", f.size());
        params.put("offset", (long) f.page() * f.size());
        List<CaseListItem> items = jdbc.sql("""
                        select c.report_id, c.organisation_id, c.channel_id, c.status, c.category, c.priority,
                               c.assignee_id, c.received_at, c.next_due, c.next_due < :now as overdue,
                               coalesce((select t.name from oversight_channel_text t
                                         where t.channel_id = c.channel_id and t.language = :language),
                                        (select t.name from oversight_channel_text t
                                         where t.channel_id = c.channel_id order by t.language = 'en' desc,
                                         t.language limit 1)) as channel
                        from oversight_case c""" + where + " " + """
                         order by c.next_due nulls last, c.report_id limit :limit offset :offset""")
                .params(params)
                .query((rs, i) -> new CaseListItem(rs.getLong("report_id"), rs.getLong("organisation_id"),
                        rs.getLong("channel_id"), rs.getString("channel"), CaseStatus.valueOf(rs.getString("status")),
                        Category.valueOf(rs.getString("category")), rs.getBoolean("priority"),
                        (Long) rs.getObject("assignee_id"), instant(rs, "received_at"), instant(rs, "next_due"),
                        rs.getBoolean("overdue")))
                .list();
        return new CaseListItem.Page(items, total, f.page(), f.size());
    }

    List<StoredStep> timeline(long reportId) {
        return jdbc.sql("""
                        select from_status, to_status, reason, referred_to, outcome, sanction, actor_name, occurred_at
                        from oversight_case_transition where report_id = :id order by id""")
                .param("id", reportId)
                .query((rs, i) -> new StoredStep(status(rs.getString(1)), status(rs.getString(2)), rs.getString(3),
                        (Long) rs.getObject(4), rs.getString(5) == null ? null : CaseOutcome.valueOf(rs.getString(5)),
                        rs.getString(6) == null ? null : SanctionType.valueOf(rs.getString(6)), rs.getString(7),
                        instant(rs, "occurred_at")))
                .list();
    }

    /** Cases waiting past their due moment and not yet reminded on {@code day}. */
    List<Overdue> overdueNotRemindedOn(Instant now, java.time.LocalDate day, int limit) {
        return jdbc.sql("""
                        select c.report_id, c.organisation_id, c.channel_id, c.assignee_id, c.next_due
                        from oversight_case c
                        where c.next_due < :now and c.purged_at is null
                          and not exists (select 1 from oversight_case_reminder r
                                          where r.report_id = c.report_id and r.day = :day)
                        order by c.next_due, c.report_id limit :limit""")
                .param("now", Timestamp.from(now)).param("day", day).param("limit", limit)
                .query((rs, i) -> new Overdue(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4),
                        instant(rs, "next_due")))
                .list();
    }

    /** Records the reminder; false when another run already did (the primary key decides). */
    boolean markReminded(long reportId, java.time.LocalDate day) {
        return jdbc.sql("insert into oversight_case_reminder (report_id, day) values (:id, :day) on conflict do nothing")
                .param("id", reportId).param("day", day).update() == 1;
    }

    /** Closed cases not yet purged whose channel's retention period has passed since closing. */
    List<Long> dueForPurge(Instant now, int limit) {
        return jdbc.sql("""
                        select c.report_id from oversight_case c join oversight_channel ch on ch.id = c.channel_id
                        where c.status = 'CLOSED' and c.purged_at is null
                          and c.closed_at + make_interval(days => ch.retention_days) < :now
                        order by c.closed_at, c.report_id limit :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(Long.class).list();
    }

    /** The recipients of a channel (the core's table), for reminders of unassigned cases. */
    List<Long> channelRecipients(long channelId) {
        return jdbc.sql("select account_id from oversight_channel_recipient where channel_id = :id order by account_id")
                .param("id", channelId).query(Long.class).list();
    }

    Optional<int[]> channelLimits(long channelId) {
        return jdbc.sql("select acknowledge_days, feedback_days from oversight_channel where id = :id")
                .param("id", channelId).query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional();
    }

    private static CaseStatus status(String s) {
        return s == null ? null : CaseStatus.valueOf(s);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
