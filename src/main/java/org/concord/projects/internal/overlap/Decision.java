package org.concord.projects.internal.overlap;

/** What coordinators decided a proposed pair of activities is. */
public enum Decision {
    /** The same work reported twice (by two publishers, or twice by one). */
    DUPLICATE,
    /** Different work that should be coordinated: same place, time and institution. */
    COMPLEMENTARY,
    /** Nothing to coordinate; the signals were a coincidence. */
    UNRELATED
}
