package org.concord.audit.internal;

import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Who may read the audit log: administrators only, since it names people and what they did. Nobody edits it.
 * {@link AuditService} enforces this; pages only ask.
 */
@Component
class AuditPermissions {

    boolean mayReadAuditLog() {
        return CurrentActor.allows(Actor::isAdmin);
    }

    void checkMayReadAuditLog() {
        CurrentActor.enforce(Actor::isAdmin);
    }
}
