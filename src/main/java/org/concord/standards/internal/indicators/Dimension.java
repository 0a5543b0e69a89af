package org.concord.standards.internal.indicators;

/** What an indicator's values may be broken down by; a value's disaggregation key starts with its name in lower case. */
public enum Dimension {
    SEX, REGION, INSTITUTION
}
