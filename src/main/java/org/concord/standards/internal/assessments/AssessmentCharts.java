package org.concord.standards.internal.assessments;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** What the assessment pages put beside their charts and tables (as "@assessmentCharts" in templates). */
@Component("assessmentCharts")
class AssessmentCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The chart's points as JSON for a script block; "<" escaped so that no text can close the block. */
    public String json(List<Map<String, Object>> points) {
        return JSON.writeValueAsString(points).replace("<", "\\u003c");
    }

    /** The band scale as a reader sees it: "A 83-100, B 67-82, ...". */
    public String bandsText(BandScale scale) {
        return scale.bands().stream().map(b -> b.name() + " " + b.lowest() + "–" + scale.highest(b))
                .collect(Collectors.joining(", "));
    }
}
