package org.concord.projects.internal.activities;

import java.util.List;
import java.util.Map;
import org.concord.projects.ActivitySummary;

/** One page of activities, and (for pages) how many activities match each filter value. */
public record ActivityPage(List<ActivitySummary> items, long total, int page, int size, Facets facets) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** Counts per value of each filter, the other filters applied. Values are codes; names come with them. */
    public record Facets(List<Count> countries, List<Count> regions, List<Count> areas, List<Count> funders,
                         List<Count> implementers, List<Count> statuses, List<Count> years) {
    }

    public record Count(String value, String label, long count) {
    }

    public static Map<String, String> sortOrders() {
        return Map.of("start", "least(a.start_date, coalesce(a.end_date, a.start_date)) desc nulls last, a.id", "title", "lower(a.title), a.id",
                "budget", "a.total_budget_usd desc nulls last, a.id", "updated", "a.updated_at desc, a.id");
    }
}
