package org.concord.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the audit log for people (through {@link AuditService}, which asks who may): newest first, filtered by entity type, entity or actor. */
@Repository
class AuditQueries {

    private final JdbcTemplate jdbc;

    AuditQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    AuditPage find(String entityType, String entityId, String actor, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (entityType != null && !entityType.isBlank()) {
            where.append(" and entity_type = ?");
            args.add(entityType);
        }
        if (entityId != null && !entityId.isBlank()) {
            where.append(" and entity_id = ?");
            args.add(entityId);
        }
        if (actor != null && !actor.isBlank()) {
            where.append(" and actor = ?");
            args.add(actor);
        }
        long total = jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<AuditEntry> entries = jdbc.query("""
                select id, occurred_at, actor, action, entity_type, entity_id, changes, origin
                from audit_entry""" + where + " order by id desc limit ? offset ?",
                (rs, i) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)),
                pageArgs.toArray());
        return new AuditPage(entries, total, page, size);
    }

    List<String> entityTypes() {
        return jdbc.queryForList("select distinct entity_type from audit_entry order by 1", String.class);
    }

    /** Checkpoints newest first, one page. */
    CheckpointPage checkpoints(int page, int size) {
        long total = jdbc.queryForObject("select count(*) from audit_checkpoint", Long.class);
        List<AuditCheckpoint> checkpoints = jdbc.query("""
                select position, hash, signed_at, public_key, signature from audit_checkpoint
                order by position desc limit ? offset ?""", (rs, i) -> checkpoint(rs), size, (long) page * size);
        return new CheckpointPage(checkpoints, total, page, size);
    }

    /** Up to {@code limit} checkpoints after {@code position}, oldest first: what a copy kept elsewhere lacks. */
    List<AuditCheckpoint> checkpointsAfter(long position, int limit) {
        return jdbc.query("""
                select position, hash, signed_at, public_key, signature from audit_checkpoint
                where position > ? order by position limit ?""", (rs, i) -> checkpoint(rs), position, limit);
    }

    private static AuditCheckpoint checkpoint(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditCheckpoint(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                rs.getString(5));
    }

    /** One page of checkpoints, newest first. */
    record CheckpointPage(List<AuditCheckpoint> checkpoints, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
