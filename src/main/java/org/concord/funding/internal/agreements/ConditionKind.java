package org.concord.funding.internal.agreements;

/** A process condition is stated in words; an outcome condition is a target on a standards indicator. */
public enum ConditionKind {
    PROCESS, OUTCOME
}
