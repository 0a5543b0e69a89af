package org.concord.audit.internal;

import java.util.List;
import org.concord.audit.AuditVerification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and checking the audit log for people, once {@link AuditPermissions} lets them. */
@Service
class AuditService {

    private final AuditQueries queries;
    private final AuditTrail trail;
    private final AuditPermissions permissions;

    AuditService(AuditQueries queries, AuditTrail trail, AuditPermissions permissions) {
        this.queries = queries;
        this.trail = trail;
        this.permissions = permissions;
    }

    @Transactional(readOnly = true)
    public AuditPage entries(String entityType, String entityId, String actor, int page, int size) {
        permissions.checkMayReadAuditLog();
        return queries.find(entityType, entityId, actor, Math.max(0, page), size);
    }

    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        permissions.checkMayReadAuditLog();
        return queries.entityTypes();
    }

    /** Recomputes the hash chain (the command line calls {@link AuditTrail#verify()} itself, as nobody). */
    public AuditVerification verify() {
        return verify(List.of());
    }

    /** The same, holding the chain also against checkpoint copies kept outside Concord. */
    public AuditVerification verify(List<AuditCheckpoint> copies) {
        permissions.checkMayReadAuditLog();
        return trail.verify(copies);
    }

    /** The signed checkpoints are public: anyone may keep copies of them. */
    @Transactional(readOnly = true)
    public AuditQueries.CheckpointPage checkpoints(int page, int size) {
        return queries.checkpoints(Math.max(0, page), size);
    }

    @Transactional(readOnly = true)
    public List<AuditCheckpoint> checkpointsAfter(long position, int limit) {
        return queries.checkpointsAfter(position, Math.max(1, Math.min(limit, 1000)));
    }
}
