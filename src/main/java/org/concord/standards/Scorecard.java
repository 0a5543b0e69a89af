package org.concord.standards;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A country's or an institution's scorecard, for the reader who asked: every indicator they may see (public ones;
 * restricted ones too for members of the owning organisation and evaluators) with a verified value, baseline or
 * target, and the latest published assessments: the institution's own, or for a country those of each institution
 * seated there (by the institution's name).
 */
public record Scorecard(Subject subject, String subjectName, List<ScorecardLine> lines,
                        List<AssessmentResult> assessments) {

    public Scorecard {
        lines = List.copyOf(lines);
        assessments = List.copyOf(assessments);
    }

    public Scorecard(Subject subject, String subjectName, List<ScorecardLine> lines) {
        this(subject, subjectName, lines, List.of());
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

    /** No indicator line (there may still be assessments). */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Whether any line is a restricted indicator (then the page says so: it is not for everyone's eyes). */
    public boolean hasRestricted() {
        return lines.stream().anyMatch(l -> !l.indicator().publiclyVisible());
    }
}
