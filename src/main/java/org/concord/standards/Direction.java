package org.concord.standards;

/** Whether a rising value is progress or regression. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
