package org.concord.funding.internal.agreements;

/** A tranche is planned until it is released, once. */
public enum TrancheStatus {
    PLANNED, RELEASED
}
