package org.concord.standards;

/** Where an indicator stands against its target; {@link #NOT_RATED} where baseline, target or a value is missing. */
public enum TrackStatus {
    ON_TRACK, AT_RISK, OFF_TRACK, NOT_RATED;

    /** Message key and CSS class suffix, e.g. {@code on-track}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
