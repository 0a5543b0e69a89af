package org.concord.oversight.internal;

/** The reporter said, with their receipt, that they suffer retaliation; published inside that transaction. */
public record RetaliationFlagged(long reportId) {
}
