package org.concord.oversight.internal.reports;

import java.util.List;

/**
 * A new report with everything in it already sealed and its attachments' ciphertext already in the blob store: what
 * the intake computes before it takes a database connection, so that the transaction that stores it only inserts
 * rows. Its ids were reserved beforehand, because every sealed value is bound to the report's id (and each
 * attachment to its own).
 */
public record SealedReport(long id, byte[] receiptLookup, byte[] content, List<WrappedKey> keys,
                           List<SealedAttachment> attachments) {

    /** The report's key wrapped for one holder. */
    public record WrappedKey(ReportKey.Holder holder, Long accountId, byte[] wrapped) {
    }

    /** An attachment whose encrypted bytes are in the blob store under {@code blobKey}. */
    public record SealedAttachment(long id, String question, String blobKey, String mediaType, long sizeBytes,
                                   byte[] sealedName) {
    }

    /** Ids taken from the tables' sequences for a report and its attachments. */
    public record Ids(long report, List<Long> attachments) {
    }

    @Override
    public String toString() {
        return "SealedReport[" + id + ", " + attachments.size() + " attachments]";
    }
}
