package org.concord.oversight;

/** What an oversight body decided on a case it investigated. */
public enum CaseOutcome {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD
}
