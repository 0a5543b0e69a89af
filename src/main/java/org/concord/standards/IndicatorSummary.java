package org.concord.standards;

/** One indicator, named in the reader's language where a name in it exists. */
public record IndicatorSummary(long id, String code, String name, Unit unit, Direction direction, boolean publiclyVisible) {
}
