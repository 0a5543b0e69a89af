package org.concord.audit;

/**
 * The answer to "is the audit log intact?": either intact after checking {@code rowsChecked} rows,
 * or the first row ({@code brokenRowId}) whose chain does not hold, and why.
 */
public record AuditVerification(boolean intact, long rowsChecked, Long brokenRowId, String problem) {

    public static AuditVerification intact(long rows) {
        return new AuditVerification(true, rows, null, null);
    }

    public static AuditVerification broken(long rows, long rowId, String problem) {
        return new AuditVerification(false, rows, rowId, problem);
    }
}
