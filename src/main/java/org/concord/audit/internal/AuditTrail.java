package org.concord.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concord.audit.AuditLog;
import org.concord.audit.AuditVerification;
import org.concord.audit.EntityChanged;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends every published {@link EntityChanged} to the log, inside the writer's transaction:
 * if the write rolls back, so does its audit row, and no write commits without one. Writers do not wait for each
 * other: {@link AuditChainer} links committed rows into the chain in the background.
 */
@Service
class AuditTrail implements AuditLog {

    private final JdbcTemplate jdbc;
    private final AuditChainVerifier verifier;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(JdbcTemplate jdbc, AuditChainVerifier verifier, Clock clock) {
        this.jdbc = jdbc;
        this.verifier = verifier;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(EntityChanged event) {
        // audit_append (R__audit_append.sql) hashes the row and inserts it, taking no lock: AuditChainer links it to the
        // chain once this transaction has committed
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = CurrentActor.find().map(Actor::username).orElseGet(AuditTrail::anonymousActor);
        jdbc.queryForObject("select audit_append(?, ?, ?, ?, ?, ?, ?)", Long.class, Timestamp.from(now), actor,
                event.action(), event.entityType(), event.entityId(), changesJson(event.changes()), origin());
    }

    @Override
    public AuditVerification verify() {
        return verifier.verify(List.of());
    }

    /** Verifies against the database's checkpoints, the one kept on this machine and {@code copies} kept elsewhere. */
    AuditVerification verify(List<AuditCheckpoint> copies) {
        return verifier.verify(copies);
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
