package org.concord.standards;

/** What an indicator's value counts: a number, a percentage (0-100), yes (1) / no (0), or a score. */
public enum Unit {
    NUMBER, PERCENTAGE, YES_NO, SCORE
}
