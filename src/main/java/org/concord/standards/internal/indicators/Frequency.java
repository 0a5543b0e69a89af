package org.concord.standards.internal.indicators;

/** How often an indicator is measured, and so the period its values name: a year, a quarter or a month. */
public enum Frequency {
    ANNUAL, QUARTERLY, MONTHLY
}
