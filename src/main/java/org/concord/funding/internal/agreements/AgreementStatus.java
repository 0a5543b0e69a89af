package org.concord.funding.internal.agreements;

/** Where an agreement stands: running, fully paid out or ended, paused by the funder, or called off. */
public enum AgreementStatus {
    ACTIVE, COMPLETED, SUSPENDED, CANCELLED
}
