package org.concord.funding.internal.agreements;

/**
 * A milestone's state: OPEN until the recipient submits evidence (SUBMITTED), then as the latest verification found
 * it (MET, PARTLY_MET, NOT_MET), or WAIVED by the funder with a written justification.
 */
public enum ConditionStatus {
    OPEN, SUBMITTED, MET, PARTLY_MET, NOT_MET, WAIVED;

    /** Counts as fulfilled for a full release. */
    public boolean fulfilled() {
        return this == MET || this == WAIVED;
    }
}
