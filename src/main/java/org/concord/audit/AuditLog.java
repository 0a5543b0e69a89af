package org.concord.audit;

/** What other modules (and the command line) may ask of the audit log. */
public interface AuditLog {

    /** Recomputes the whole chain and reports the first row that does not match. */
    AuditVerification verify();
}
