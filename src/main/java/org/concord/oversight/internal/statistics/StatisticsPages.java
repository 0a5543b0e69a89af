package org.concord.oversight.internal.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.oversight.BodyStatistics;
import org.concord.oversight.OversightStatistics;
import org.concord.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** The public statistics page of an oversight body: a chart of reports by month, and every figure as a table. */
@Controller
class StatisticsPages {

    private final OversightStatistics statistics;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    StatisticsPages(OversightStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/oversight/bodies/{id:\\d+}/statistics")
    String body(@PathVariable long id, Model model, Locale locale) {
        BodyStatistics s = statistics.body(id, locale).orElseThrow(() -> new NotFoundException("organisation", id));
        model.addAttribute("s", s);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", s.byMonth().stream().map(BodyStatistics.Cell::label).toList());
        // a suppressed month is drawn as a gap, never as a number
        chart.put("values", s.byMonth().stream().map(c -> c.count().value()).toList());
        model.addAttribute("monthsJson", JSON.writeValueAsString(chart));
        model.addAttribute("tables", List.of(
                new Table("category", s.byCategory()), new Table("institution", s.byInstitution()),
                new Table("outcome", s.byOutcome()), new Table("sanction", s.bySanction())));
        return "oversight/statistics/body";
    }

    /** One breakdown as the page lists it: its name (a message key suffix) and cells. */
    record Table(String name, List<BodyStatistics.Cell> cells) {
    }
}
