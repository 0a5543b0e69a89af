package org.concord.standards.internal.scorecards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.standards.Scorecard;
import org.concord.standards.ScorecardLine;
import tools.jackson.databind.json.JsonMapper;

/** The trend charts' figures, as JSON for a {@code <script type="application/json">} block (static/js/scorecards.js). */
final class ScorecardCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScorecardCharts() {
    }

    static Map<Long, List<ScorecardQueries.Point>> byIndicator(List<ScorecardQueries.Point> points) {
        Map<Long, List<ScorecardQueries.Point>> by = new LinkedHashMap<>();
        points.forEach(p -> by.computeIfAbsent(p.indicatorId(), k -> new ArrayList<>()).add(p));
        return by;
    }

    /** Per indicator with values: its periods, values, lower and upper bounds (null where none), baseline, target. */
    static String trends(Scorecard card, List<ScorecardQueries.Point> points) {
        Map<Long, List<ScorecardQueries.Point>> by = byIndicator(points);
        List<Map<String, Object>> items = new ArrayList<>();
        for (ScorecardLine line : card.lines()) {
            List<ScorecardQueries.Point> series = by.get(line.indicator().id());
            if (series == null) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", line.indicator().id());
            item.put("name", line.indicator().name());
            item.put("periods", series.stream().map(ScorecardQueries.Point::period).toList());
            item.put("values", series.stream().map(ScorecardQueries.Point::value).toList());
            item.put("lower", series.stream().map(ScorecardQueries.Point::lower).toList());
            item.put("upper", series.stream().map(ScorecardQueries.Point::upper).toList());
            item.put("baseline", line.baseline());
            item.put("target", line.target());
            items.add(item);
        }
        // safe inside a script element: no "<" can close it, no "&" can start an entity
        return JSON.writeValueAsString(Map.of("items", items)).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
