package org.concord.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.concord.audit.AuditLog;
import org.concord.audit.AuditVerification;
import org.concord.audit.EntityChanged;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends every published {@link EntityChanged} to the chain, inside the writer's transaction:
 * if the write rolls back, so does its audit row, and no write commits without one.
 */
@Service
class AuditTrail implements AuditLog {

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1000);
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(EntityChanged event) {
        // audit_append (R__audit_append.sql) takes the chain lock, reads the head, hashes and appends: one round trip
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = CurrentActor.find().map(Actor::username).orElseGet(AuditTrail::anonymousActor);
        jdbc.queryForObject("select audit_append(?, ?, ?, ?, ?, ?, ?)", Long.class, Timestamp.from(now), actor,
                event.action(), event.entityType(), event.entityId(), changesJson(event.changes()), origin());
    }

    @Override
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        long[] checked = {0};
        String[] previous = {AuditEntry.GENESIS};
        long[] lastId = {0};
        AuditVerification[] broken = {null};
        streaming.query("""
                select id, occurred_at, actor, action, entity_type, entity_id, changes, origin, previous_hash, hash
                from audit_entry order by id""", (RowCallbackHandler) rs -> {
            if (broken[0] != null) {
                return;
            }
            AuditEntry entry = new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                    rs.getString(9), rs.getString(10));
            checked[0]++;
            if (!entry.previousHash().equals(previous[0])) {
                broken[0] = AuditVerification.broken(checked[0], entry.id(), lastId[0] == 0
                        ? "the rows before it were removed or changed"
                        : "the link to the row before it is broken: a row after #" + lastId[0]
                          + " was removed, or #" + lastId[0] + " was changed");
            } else if (!entry.expectedHash().equals(entry.hash())) {
                broken[0] = AuditVerification.broken(checked[0], entry.id(), "its content was changed after it was written");
            }
            previous[0] = entry.hash();
            lastId[0] = entry.id();
        });
        if (broken[0] != null) {
            return broken[0];
        }
        Map<String, Object> head = jdbc.query("select last_id, last_hash from audit_head where id = 1",
                rs -> rs.next() ? Map.of("id", rs.getLong(1), "hash", rs.getString(2)) : null);
        if (head != null && ((long) head.get("id") != lastId[0] || !head.get("hash").equals(previous[0]))) {
            return AuditVerification.broken(checked[0], (long) head.get("id"),
                    "the last rows of the log were removed (the log ended at #" + head.get("id") + ")");
        }
        if (head == null && checked[0] > 0) {
            return AuditVerification.broken(checked[0], lastId[0], "the record of the chain's end was removed");
        }
        return AuditVerification.intact(checked[0]);
    }

    private String changesJson(Map<String, EntityChanged.Change> changes) {
        Map<String, Map<String, Object>> sorted = new TreeMap<>();
        changes.forEach((field, change) -> {
            Map<String, Object> pair = new TreeMap<>();
            pair.put("after", change.after());
            pair.put("before", change.before());
            sorted.put(field, pair);
        });
        return json.writeValueAsString(sorted);
    }

    private static String anonymousActor() {
        return RequestContextHolder.getRequestAttributes() == null ? Actor.SYSTEM : "anonymous";
    }

    private static String origin() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String agent = request.getHeader("User-Agent");
            String origin = request.getMethod() + " " + request.getRequestURI() + " from " + request.getRemoteAddr()
                    + (agent == null ? "" : " (" + agent + ")");
            return origin.length() > 500 ? origin.substring(0, 500) : origin;
        }
        return "application (" + Thread.currentThread().getName() + ")";
    }
}
