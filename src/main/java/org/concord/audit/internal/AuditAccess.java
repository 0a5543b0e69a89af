package org.concord.audit.internal;

import org.concord.shared.security.CurrentActor;

/** Only administrators read the audit log: it names people and what they did. */
final class AuditAccess {

    private AuditAccess() {
    }

    static void requireAdmin() {
        CurrentActor.check(CurrentActor.require().isAdmin());
    }
}
