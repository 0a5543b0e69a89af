package org.concord.projects.internal.activities;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The activity list's filters, every one optional; budget bounds are in US dollars. {@code region} is an OECD DAC
 * recipient region (IATI Region vocabulary 1), e.g. 289 South of Sahara.
 */
public record ActivityQuery(String country, String region, String area, String funder, String implementer, String status,
                            Integer year, BigDecimal minBudget, BigDecimal maxBudget, String q, String sort,
                            int page, int size) {

    public ActivityQuery {
        country = blank(country) ? null : country.trim().toUpperCase(Locale.ROOT);
        region = blank(region) ? null : region.trim();
        area = blank(area) ? null : area.trim();
        funder = blank(funder) ? null : funder.trim();
        implementer = blank(implementer) ? null : implementer.trim();
        status = blank(status) ? null : status.trim();
        q = blank(q) ? null : q.trim();
        sort = sort == null || !java.util.Set.of("start", "title", "budget", "updated").contains(sort) ? "start" : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, 500);
    }

    /** Without a region. */
    public ActivityQuery(String country, String area, String funder, String implementer, String status, Integer year,
                         BigDecimal minBudget, BigDecimal maxBudget, String q, String sort, int page, int size) {
        this(country, null, area, funder, implementer, status, year, minBudget, maxBudget, q, sort, page, size);
    }

    public static ActivityQuery all() {
        return new ActivityQuery(null, null, null, null, null, null, null, null, null, null, null, 0, 25);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
