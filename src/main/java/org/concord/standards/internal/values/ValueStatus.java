package org.concord.standards.internal.values;

/**
 * Where a value is in its check: entered (or returned with a comment), submitted for verification, verified by an
 * evaluator. Only verified values are public and count in scorecards.
 */
public enum ValueStatus {
    DRAFT, SUBMITTED, VERIFIED
}
