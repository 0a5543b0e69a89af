package org.concord.portal.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.projects.CountryFigures;
import org.concord.projects.FundingByDonor;
import org.concord.projects.TimelineItem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures charts draw, as JSON for a {@code <script type="application/json">} block that static/js/charts.js
 * reads (a data block is never executed, so the content security policy allows it). Pages show the same figures in
 * tables; a chart only draws them.
 */
final class ChartData {

    /** Donors drawn one by one in the donor chart; the rest are added up as one series. */
    static final int DONOR_SERIES = 8;
    /** Activities drawn in the timeline chart and listed in its table; a country with more shows the most recent. */
    static final int TIMELINE_ITEMS = 80;
    /** Transfers listed on a country page: the largest, by US-dollar amount. */
    static final int TRANSFERS = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartData() {
    }

    /** JSON safe inside a script element: no "<" can close it, no "&" can start an entity. */
    static String json(Object value) {
        return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** The activities the timeline shows: the most recent by start, earliest first (as the table reads). */
    static List<TimelineItem> timelineShown(List<TimelineItem> items) {
        List<TimelineItem> shown = new ArrayList<>(items.stream().filter(i -> i.start() != null)
                .sorted((a, b) -> b.start().compareTo(a.start())).limit(TIMELINE_ITEMS).toList());
        java.util.Collections.reverse(shown);
        return shown;
    }

    static String timeline(List<TimelineItem> shown) {
        List<Map<String, Object>> rows = new ArrayList<>();
        shown.forEach(i -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", i.title());
            row.put("start", i.start().toString());
            row.put("end", i.end() == null ? null : i.end().toString());
            row.put("area", i.areaName());
            row.put("colour", i.colour());
            rows.add(row);
        });
        return json(Map.of("items", rows));
    }

    static String donors(FundingByDonor data, String othersLabel) {
        List<Map<String, Object>> series = new ArrayList<>();
        List<FundingByDonor.Donor> donors = data.donors();
        for (int d = 0; d < donors.size() && d < DONOR_SERIES; d++) {
            FundingByDonor.Donor donor = donors.get(d);
            series.add(Map.of("name", donor.donor(), "values",
                    data.years().stream().map(y -> number(donor.byYear().get(y))).toList()));
        }
        if (donors.size() > DONOR_SERIES) {
            List<FundingByDonor.Donor> rest = donors.subList(DONOR_SERIES, donors.size());
            series.add(Map.of("name", othersLabel, "values", data.years().stream()
                    .map(y -> number(rest.stream().map(r -> r.byYear().get(y)).filter(v -> v != null)
                            .reduce(BigDecimal.ZERO, BigDecimal::add))).toList()));
        }
        return json(Map.of("years", data.years(), "series", series));
    }

    static String map(List<CountryFigures> entries, String measure) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (CountryFigures e : entries) {
            items.add(Map.of("code", e.code(), "name", e.name(), "activities", e.activities(),
                    "budget", number(e.budgetUsd())));
        }
        return json(Map.of("measure", measure, "items", items));
    }

    private static double number(BigDecimal value) {
        return value == null ? 0 : Math.round(value.doubleValue());
    }
}
