package org.concord.projects.internal.activities;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.projects.ActivitySummary;
import org.concord.projects.internal.DraftVisibility;
import org.concord.projects.internal.activities.ActivityPage.Count;
import org.concord.projects.internal.iati.OrganisationRole;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finds activities by filter and full-text search (PostgreSQL tsvector over titles and descriptions in every
 * language, 'simple' configuration so that no language is favoured), with counts per filter value.
 */
@Repository
public class ActivitySearch {

    private final NamedParameterJdbcTemplate jdbc;

    public ActivitySearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private enum Filter { COUNTRY, REGION, AREA, FUNDER, IMPLEMENTER, STATUS, YEAR, BUDGET, TEXT, VISIBLE }

    private static Map<Filter, String> conditions(ActivityQuery q, DraftVisibility visibility) {
        Map<Filter, String> c = new LinkedHashMap<>();
        if (q.country() != null) {
            c.put(Filter.COUNTRY, "exists (select 1 from activity_country x where x.activity_id = a.id and x.code = :country)");
        }
        if (q.region() != null) {
            c.put(Filter.REGION, "exists (select 1 from activity_region x where x.activity_id = a.id and x.code = :region and coalesce(x.vocabulary, '1') = '1')");
        }
        if (q.area() != null) {
            c.put(Filter.AREA, "exists (select 1 from activity_sector x where x.activity_id = a.id and x.reform_area = :area)");
        }
        if (q.funder() != null) {
            c.put(Filter.FUNDER, "exists (select 1 from activity_participant x where x.activity_id = a.id and x.role = '1' and x.org_key = :funder)");
        }
        if (q.implementer() != null) {
            c.put(Filter.IMPLEMENTER, "exists (select 1 from activity_participant x where x.activity_id = a.id and x.role = '4' and x.org_key = :implementer)");
        }
        if (q.status() != null) {
            c.put(Filter.STATUS, "a.status = :status");
        }
        if (q.year() != null) {
            c.put(Filter.YEAR, "a.start_date <= make_date(:year, 12, 31) and (a.end_date is null or a.end_date >= make_date(:year, 1, 1))");
        }
        if (q.minBudget() != null || q.maxBudget() != null) {
            c.put(Filter.BUDGET, "a.total_budget_usd between coalesce(:minBudget, 0) and coalesce(:maxBudget, 1e18)");
        }
        if (q.q() != null) {
            c.put(Filter.TEXT, "a.search @@ websearch_to_tsquery('simple', :q)");
        }
        if (!visibility.all()) {
            c.put(Filter.VISIBLE, visibility.condition("a"));
        }
        return c;
    }

    private static String where(Map<Filter, String> conditions, Filter... except) {
        List<Filter> skip = Arrays.asList(except);
        List<String> parts = conditions.entrySet().stream().filter(e -> !skip.contains(e.getKey())).map(Map.Entry::getValue).toList();
        return parts.isEmpty() ? " where true" : " where " + String.join(" and ", parts);
    }

    private static MapSqlParameterSource params(ActivityQuery q, DraftVisibility visibility) {
        return new MapSqlParameterSource(visibility.parameters())
                .addValue("country", q.country()).addValue("region", q.region()).addValue("area", q.area()).addValue("funder", q.funder())
                .addValue("implementer", q.implementer()).addValue("status", q.status()).addValue("year", q.year())
                .addValue("minBudget", q.minBudget()).addValue("maxBudget", q.maxBudget()).addValue("q", q.q());
    }

    /** A page of the activities that match {@code q} and that {@code visibility} lets the reader see, counts too. */
    public ActivityPage find(ActivityQuery q, DraftVisibility visibility, boolean withFacets, Map<String, String> areaNames,
                             java.util.function.Function<String, String> countryNames) {
        return find(q, visibility, withFacets, areaNames, countryNames, code -> code);
    }

    /** {@code regionNames} names a region's code in the reader's language. */
    public ActivityPage find(ActivityQuery q, DraftVisibility visibility, boolean withFacets, Map<String, String> areaNames,
                             java.util.function.Function<String, String> countryNames,
                             java.util.function.Function<String, String> regionNames) {
        Map<Filter, String> conditions = conditions(q, visibility);
        MapSqlParameterSource params = params(q, visibility).addValue("limit", q.size()).addValue("offset", (long) q.page() * q.size())
                .addValue("lang", language());
        String order = ActivityPage.sortOrders().get(q.sort());
        // a filtered list is found and counted in one pass (the count is a window over the same rows); the whole
        // list is not, since walking the order's index for one page and counting apart is quicker there
        boolean filtered = conditions.keySet().stream().anyMatch(f -> f != Filter.VISIBLE);
        // only what filtering and ordering need is read for every match; the page's rows are fetched after
        String rows = "select a.id, " + (filtered ? "count(*) over ()" : "null::bigint") + " as total from activity a"
                + where(conditions) + " order by " + order + " limit :limit offset :offset";
        long[] total = {-1};
        List<ActivitySummary> items = jdbc.query(SUMMARY + "from (" + rows + ") p join activity a on a.id = p.id order by "
                + order, params, (rs, i) -> {
                    if (rs.getObject("total") != null) {
                        total[0] = rs.getLong("total");
                    }
                    return summary(rs);
                });
        if (total[0] < 0) {
            total[0] = filtered && items.isEmpty() && q.page() == 0 ? 0
                    : jdbc.queryForObject("select count(*) from activity a" + where(conditions), params, Long.class);
        }
        ActivityPage.Facets facets = withFacets ? facets(conditions, params(q, visibility), areaNames, countryNames, regionNames) : null;
        return new ActivityPage(items, total[0], q.page(), q.size(), facets);
    }

    private static final String SUMMARY = """
            select a.id, a.iati_identifier,
                   coalesce((select t.text from activity_title t where t.activity_id = a.id and lower(t.lang) = :lang
                             order by t.seq limit 1), a.title) as title, a.reporting_org_name, a.status, a.start_date, a.end_date,
                   a.total_budget, a.budget_currency, a.total_budget_usd, a.published, p.total,
                   (select string_agg(x.code, ',' order by x.seq) from activity_country x where x.activity_id = a.id) as countries,
                   (select string_agg(distinct x.reform_area, ',') from activity_sector x where x.activity_id = a.id) as areas
            """;

    /**
     * The interface language of the request being answered: a list shows each title in it when the file gives one,
     * else in the file's default language.
     */
    private static String language() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
    }

    private static ActivitySummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ActivitySummary(rs.getLong("id"),
                rs.getString("iati_identifier"), rs.getString("title"), rs.getString("reporting_org_name"),
                rs.getString("status"), rs.getObject("start_date", java.time.LocalDate.class),
                rs.getObject("end_date", java.time.LocalDate.class), split(rs.getString("countries")),
                split(rs.getString("areas")), rs.getBigDecimal("total_budget"), rs.getString("budget_currency"),
                rs.getBigDecimal("total_budget_usd"), rs.getBoolean("published"));
    }

    /** Where other modules look activities up, and what they may ask for: always one of these conditions. */
    public enum Scope {
        ID("a.id = :key"),
        /** Several ids at once: the key is a non-empty list of ids. */
        IDS("a.id in (:key)"),
        COUNTRY("exists (select 1 from activity_country x where x.activity_id = a.id and x.code = :key)"),
        AREA("exists (select 1 from activity_sector x where x.activity_id = a.id and x.reform_area = :key)"),
        REGION("exists (select 1 from activity_region x where x.activity_id = a.id and x.code = :key and coalesce(x.vocabulary, '1') = '1')"),
        ORGANISATION("(a.reporting_organisation_id = :key or exists (select 1 from activity_participant x "
                + "where x.activity_id = a.id and x.organisation_id = :key))");

        private final String condition;

        Scope(String condition) {
            this.condition = condition;
        }
    }

    /** Activities in a scope that {@code visibility} lets the reader see, newest first, at most {@code limit}. */
    public List<ActivitySummary> in(Scope scope, Object key, DraftVisibility visibility, int limit) {
        String order = ActivityPage.sortOrders().get("start");
        String rows = "select a.id, null::bigint as total from activity a where " + scope.condition
                + " and " + visibility.condition("a") + " order by " + order + " limit :limit";
        return jdbc.query(SUMMARY + "from (" + rows + ") p join activity a on a.id = p.id order by " + order,
                new MapSqlParameterSource(visibility.parameters()).addValue("key", key).addValue("limit", limit).addValue("lang", language()),
                (rs, i) -> summary(rs));
    }

    /** Every matching activity's id, in the list's order (for exports, which stream them in chunks). */
    public List<Long> ids(ActivityQuery q, DraftVisibility visibility, int max) {
        Map<Filter, String> conditions = conditions(q, visibility);
        return jdbc.queryForList("select a.id from activity a" + where(conditions) + " order by "
                + ActivityPage.sortOrders().get(q.sort()) + " limit :max", params(q, visibility).addValue("max", max),
                Long.class);
    }

    /**
     * How long counts per filter value are kept for one set of filters: counting every activity by every filter
     * takes a good part of a second at 100,000 activities, and the same counts serve the next page of the list,
     * the next visitor, the return from an activity. The list and its total are always live, and counts are made
     * again as soon as any instance writes activities (see {@link #version()}); the time limit only bounds how long a
     * count made while a write was committing can stay.
     */
    @org.springframework.beans.factory.annotation.Value("${concord.activities.counts-kept:10s}")
    private java.time.Duration countsKept = java.time.Duration.ofSeconds(10);

    private record Kept(long at, long version, ActivityPage.Facets facets) {
    }

    /** Moves on every write to activities or their sectors, on any instance (migration V8). */
    private long version() {
        return jdbc.getJdbcTemplate().queryForObject("select last_value from activity_list_version", Long.class);
    }

    /** Counts by filter set (conditions and their values), the most recently used 500. */
    private final Map<String, Kept> kept = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                    return size() > 500;
                }
            });

    private ActivityPage.Facets facets(Map<Filter, String> c, MapSqlParameterSource params, Map<String, String> areaNames,
                                       java.util.function.Function<String, String> countryNames,
                                       java.util.function.Function<String, String> regionNames) {
        String key = where(c) + " " + new java.util.TreeMap<>(params.getValues());
        Kept counts = kept.get(key);
        // read before counting: a write that commits meanwhile moves it again, so its counts are not kept as current
        long version = countsKept.isZero() ? 0 : version();
        if (counts == null || counts.version() != version || System.nanoTime() - counts.at() >= countsKept.toNanos()) {
            counts = new Kept(System.nanoTime(), version, rawFacets(c, params));
            if (!countsKept.isZero()) {
                kept.put(key, counts);
            }
        }
        ActivityPage.Facets raw = counts.facets();
        return new ActivityPage.Facets(
                raw.countries().stream().map(k -> new Count(k.value(), countryNames.apply(k.value()), k.count())).toList(),
                raw.regions().stream().map(k -> new Count(k.value(), regionNames.apply(k.value()), k.count())).toList(),
                raw.areas().stream().map(k -> new Count(k.value(), areaNames.getOrDefault(k.value(), k.value()), k.count())).toList(),
                raw.funders(), raw.implementers(), raw.statuses(), raw.years());
    }

    /**
     * Counts per value of each filter, the other filters applied; names as stored (countries and areas are named
     * by the caller, in the reader's language). Activities are counted once per value: pairs first, then counts.
     */
    private ActivityPage.Facets rawFacets(Map<Filter, String> c, MapSqlParameterSource params) {
        List<Count> countries = counts("""
                select value, null as label, count(*) as n from (
                    select x.code as value, a.id from activity a
                    join activity_country x on x.activity_id = a.id""" + where(c, Filter.COUNTRY) + """
                     group by x.code, a.id) p
                group by value order by n desc limit 40""", params);
        List<Count> regions = counts("""
                select value, null as label, count(*) as n from (
                    select x.code as value, a.id from activity a
                    join activity_region x on x.activity_id = a.id""" + where(c, Filter.REGION) + """
                     and coalesce(x.vocabulary, '1') = '1' group by x.code, a.id) p
                group by value order by n desc limit 40""", params);
        List<Count> areas = counts("""
                select value, null as label, count(*) as n from (
                    select x.reform_area as value, a.id from activity a
                    join activity_sector x on x.activity_id = a.id""" + where(c, Filter.AREA) + """
                     and x.reform_area is not null group by x.reform_area, a.id) p
                group by value order by n desc""", params);
        List<Count> funders = participants(OrganisationRole.FUNDING.code(), c, Filter.FUNDER, params);
        List<Count> implementers = participants(OrganisationRole.IMPLEMENTING.code(), c, Filter.IMPLEMENTER, params);
        List<Count> statuses = counts("select a.status as value, null as label, count(*) as n from activity a"
                + where(c, Filter.STATUS) + " and a.status is not null group by a.status order by a.status", params);
        List<Count> years = counts("""
                select y::text as value, null as label, count(*) as n from activity a
                cross join lateral generate_series(extract(year from a.start_date)::int,
                                                   extract(year from coalesce(a.end_date, a.start_date))::int) y"""
                + where(c, Filter.YEAR) + " and a.start_date is not null group by y order by y desc limit 30", params);
        return new ActivityPage.Facets(countries, regions, areas, funders, implementers, statuses, years);
    }

    private List<Count> participants(String role, Map<Filter, String> c, Filter self, MapSqlParameterSource params) {
        return counts("""
                select value, min(label) as label, count(*) as n from (
                    select x.org_key as value, min(x.name) as label, a.id from activity a
                    join activity_participant x on x.activity_id = a.id and x.role = '""" + role + "'" + where(c, self)
                + """
                     and x.org_key is not null group by x.org_key, a.id) p
                group by value order by n desc limit 30""", params);
    }

    private List<Count> counts(String sql, MapSqlParameterSource params) {
        return jdbc.query(sql, params, (rs, i) -> new Count(rs.getString("value"),
                rs.getString("label") == null ? rs.getString("value") : rs.getString("label"), rs.getLong("n")));
    }

    private static List<String> split(String csv) {
        return csv == null ? List.of() : List.of(csv.split(","));
    }
}
