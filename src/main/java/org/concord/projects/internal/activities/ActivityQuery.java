package org.concord.projects.internal.activities;

import java.math.BigDecimal;
import java.util.Locale;

/** The activity list's filters, every one optional; budget bounds are in US dollars. */
public record ActivityQuery(String country, String area, String funder, String implementer, String status,
                            Integer year, BigDecimal minBudget, BigDecimal maxBudget, String q, String sort,
                            int page, int size) {

    public ActivityQuery {
        country = blank(country) ? null : country.trim().toUpperCase(Locale.ROOT);
        area = blank(area) ? null : area.trim();
        funder = blank(funder) ? null : funder.trim();
        implementer = blank(implementer) ? null : implementer.trim();
        status = blank(status) ? null : status.trim();
        q = blank(q) ? null : q.trim();
        sort = sort == null || !java.util.Set.of("start", "title", "budget", "updated").contains(sort) ? "start" : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, 500);
    }

    public static ActivityQuery all() {
        return new ActivityQuery(null, null, null, null, null, null, null, null, null, null, 0, 25);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
