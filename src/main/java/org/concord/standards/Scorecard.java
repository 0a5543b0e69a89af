package org.concord.standards;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A country's or an institution's public scorecard: every public indicator with a verified value, baseline or target. */
public record Scorecard(Subject subject, String subjectName, List<ScorecardLine> lines) {

    public Scorecard {
        lines = List.copyOf(lines);
    }

    /** How many indicators are in each status, every status present (zero where none). */
    public Map<TrackStatus, Long> counts() {
        Map<TrackStatus, Long> counts = new EnumMap<>(TrackStatus.class);
        for (TrackStatus s : TrackStatus.values()) {
            counts.put(s, 0L);
        }
        lines.forEach(l -> counts.merge(l.status(), 1L, Long::sum));
        return counts;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
