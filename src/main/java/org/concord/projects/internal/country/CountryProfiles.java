package org.concord.projects.internal.country;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.concord.projects.CountedTotals;
import org.concord.projects.CountryFigures;
import org.concord.projects.CountryPriority;
import org.concord.projects.FundingByDonor;
import org.concord.projects.ReformArea;
import org.concord.projects.TimelineItem;
import org.concord.projects.WhoDoesWhat;
import org.concord.projects.internal.reference.ReformAreas;
import org.concord.shared.Countries;
import org.concord.shared.Country;
import org.concord.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a country page shows: who does what (implementers × reform areas), the activities over time, funding by
 * donor and year, and the national priorities with the activities that serve them. Money is counted once (see
 * {@link FundingFlows}) and apportioned by the recipient-country percentage, then by reform area, then among
 * implementers, so that the cells of every table add up to the country's total.
 */
@Service
public class CountryProfiles {

    private static final String COUNTRY_SHARE =
            "(select activity_id, sum(share) as share from activity_country_share where code = :country group by activity_id)";

    /** IATI activity status 2 (implementation), or no status and today within its dates. */
    static final String ACTIVE = """
            (a.status = '2' or (a.status is null and a.start_date <= current_date
                                and (a.end_date is null or a.end_date >= current_date)))""";
    /** A budget, or money received or spent. */
    static final String FUNDED = """
            (coalesce(a.total_budget_usd, a.total_budget, 0) > 0
             or exists (select 1 from activity_transaction t where t.activity_id = a.id and t.type in ('1', '3', '4', '11')
                        and t.amount > 0))""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ReformAreas reformAreas;
    private final Countries countries;
    private final FundingFlows flows;
    private final MessageSource messages;
    /** The map's figures, per language, until activities change (computing them takes half a second at 100,000). */
    private final org.concord.shared.cache.Precomputed<Locale, List<CountryFigures>> maps;
    private final Regions regions;

    public CountryProfiles(NamedParameterJdbcTemplate jdbc, ReformAreas reformAreas, Countries countries,
                           FundingFlows flows, MessageSource messages,
                           org.concord.projects.internal.ActivityDataVersion version, Regions regions) {
        this.maps = org.concord.shared.cache.Precomputed.of(org.concord.shared.Language.values().length, version.version());
        this.jdbc = jdbc;
        this.regions = regions;
        this.messages = messages;
        this.reformAreas = reformAreas;
        this.countries = countries;
        this.flows = flows;
    }

    /** The country of an ISO alpha-2 code in any case, or not found. */
    public Country country(String code, Locale locale) {
        if (code == null || !code.matches("[A-Za-z]{2}")) {
            throw new NotFoundException("country", code);
        }
        return countries.find(code, locale).orElseThrow(() -> new NotFoundException("country", code));
    }

    public CountedTotals totals(String country) {
        return flows.forCountry(country);
    }

    private record Part(long activity, String implementerKey, String implementer, Long organisationId, String area,
                        BigDecimal budget) {
    }

    @Transactional(readOnly = true)
    public WhoDoesWhat whoDoesWhat(String country, Locale locale) {
        flows.ensureCurrent();
        List<Part> parts = jdbc.query("""
                select a.id, i.implementer_key, i.implementer_name, i.organisation_id,
                       coalesce(ar.reform_area, '%s') as area,
                       case when b.counted then b.total_budget_usd * c.share * ar.share * i.share end as budget
                from activity a
                join %s c on c.activity_id = a.id
                join activity_area_share ar on ar.activity_id = a.id
                join activity_implementer i on i.activity_id = a.id
                join activity_budget_count b on b.activity_id = a.id
                where a.published""".formatted(WhoDoesWhat.NO_AREA, COUNTRY_SHARE), params(country),
                (rs, i) -> new Part(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5), rs.getBigDecimal(6)));
        Map<String, ReformArea> allAreas = areas(locale);
        Set<String> present = new HashSet<>();
        parts.forEach(p -> present.add(p.area()));
        List<ReformArea> areas = allAreas.values().stream().filter(a -> present.contains(a.code())).toList();

        Map<String, List<Part>> byImplementer = new TreeMap<>();
        parts.forEach(p -> byImplementer.computeIfAbsent(p.implementerKey(), k -> new ArrayList<>()).add(p));
        List<WhoDoesWhat.Row> rows = new ArrayList<>();
        for (List<Part> ps : byImplementer.values()) {
            Map<String, WhoDoesWhat.Cell> cells = new LinkedHashMap<>();
            for (ReformArea area : areas) {
                List<Part> inArea = ps.stream().filter(p -> p.area().equals(area.code())).toList();
                if (!inArea.isEmpty()) {
                    cells.put(area.code(), cell(inArea));
                }
            }
            Part first = ps.get(0);
            rows.add(new WhoDoesWhat.Row(first.implementerKey(), first.implementer(), first.organisationId(), cells, cell(ps)));
        }
        rows.sort(Comparator.comparing((WhoDoesWhat.Row r) -> r.total().budgetUsd()).reversed()
                .thenComparing(r -> r.total().activities(), Comparator.reverseOrder())
                .thenComparing(WhoDoesWhat.Row::implementer, String.CASE_INSENSITIVE_ORDER));
        Map<String, WhoDoesWhat.Cell> areaTotals = new LinkedHashMap<>();
        for (ReformArea area : areas) {
            areaTotals.put(area.code(), cell(parts.stream().filter(p -> p.area().equals(area.code())).toList()));
        }
        return new WhoDoesWhat(areas, rows, areaTotals, cell(parts));
    }

    /** Reform areas in the page's language, followed by the column of activities mapped to none. */
    Map<String, ReformArea> areas(Locale locale) {
        Map<String, ReformArea> areas = new LinkedHashMap<>(reformAreas.byCode(locale));
        areas.put(WhoDoesWhat.NO_AREA, new ReformArea(WhoDoesWhat.NO_AREA, messages.getMessage("country.area.none", null, locale), "#8c8c8c"));
        return areas;
    }

    private static WhoDoesWhat.Cell cell(List<Part> parts) {
        Set<Long> activities = new HashSet<>();
        BigDecimal budget = BigDecimal.ZERO;
        for (Part p : parts) {
            activities.add(p.activity());
            if (p.budget() != null) {
                budget = budget.add(p.budget());
            }
        }
        return new WhoDoesWhat.Cell(activities.size(), budget.setScale(2, RoundingMode.HALF_EVEN));
    }

    @Transactional(readOnly = true)
    public List<TimelineItem> timeline(String country, Locale locale) {
        Map<String, ReformArea> areas = areas(locale);
        return jdbc.query("""
                with acts as materialized (
                    select a.id, a.iati_identifier,
                           coalesce((select t.text from activity_title t where t.activity_id = a.id
                                     and lower(t.lang) = :lang order by t.seq limit 1), a.title, a.iati_identifier) as title,
                           a.status,
                           a.start_date, a.end_date
                    from activity a
                    where a.published
                      and exists (select 1 from activity_country c where c.activity_id = a.id and c.code = :country)),
                main_area as (
                    select distinct on (s.activity_id) s.activity_id, s.reform_area
                    from activity_area_share s join acts on acts.id = s.activity_id
                    order by s.activity_id, s.share desc, s.reform_area nulls last),
                names as (
                    select i.activity_id, string_agg(distinct i.implementer_name, ', ') as implementers
                    from activity_implementer i join acts on acts.id = i.activity_id
                    group by i.activity_id)
                select acts.*, coalesce(m.reform_area, '%s') as area, n.implementers
                from acts
                left join main_area m on m.activity_id = acts.id
                left join names n on n.activity_id = acts.id
                order by acts.start_date nulls last, acts.end_date nulls last, acts.title""".formatted(WhoDoesWhat.NO_AREA),
                params(country).addValue("lang", locale.getLanguage()),
                (rs, i) -> {
                    ReformArea area = areas.get(rs.getString("area"));
                    return new TimelineItem(rs.getLong("id"), rs.getString("iati_identifier"), rs.getString("title"),
                            rs.getString("status"), rs.getObject("start_date", LocalDate.class),
                            rs.getObject("end_date", LocalDate.class), rs.getString("area"),
                            area == null ? null : area.name(), area == null ? "#8c8c8c" : area.colour(),
                            rs.getString("implementers"));
                });
    }

    @Transactional(readOnly = true)
    public FundingByDonor fundingByDonor(String country) {
        flows.ensureCurrent();
        record Amount(String key, String name, Long organisationId, int year, BigDecimal usd) {
        }
        List<Amount> amounts = jdbc.query("""
                select d.donor_key, min(d.donor_name), min(d.organisation_id),
                       extract(year from x.transaction_date)::int as y, sum(x.amount_usd * %s)
                from counted_spending x
                join %s s on s.activity_id = x.activity_id
                join activity_donor d on d.activity_id = x.activity_id
                where x.amount_usd is not null and x.transaction_date is not null
                group by d.donor_key, y""".formatted(
                FundingFlows.COUNTRY_TRANSACTION_SHARE.replace(":key", ":country"), COUNTRY_SHARE), params(country),
                (rs, i) -> new Amount(rs.getString(1), rs.getString(2), rs.getObject(3) == null ? null : rs.getLong(3),
                        rs.getInt(4), rs.getBigDecimal(5)));
        TreeSet<Integer> yearSet = new TreeSet<>();
        amounts.forEach(a -> yearSet.add(a.year()));
        List<Integer> years = new ArrayList<>();
        if (!yearSet.isEmpty()) {
            for (int y = yearSet.first(); y <= yearSet.last(); y++) {
                years.add(y);
            }
        }
        Map<String, List<Amount>> byDonor = new LinkedHashMap<>();
        amounts.forEach(a -> byDonor.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a));
        List<FundingByDonor.Donor> donors = new ArrayList<>();
        Map<Integer, BigDecimal> yearTotals = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (List<Amount> list : byDonor.values()) {
            Map<Integer, BigDecimal> byYear = new TreeMap<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Amount a : list) {
                BigDecimal usd = a.usd().setScale(2, RoundingMode.HALF_EVEN);
                byYear.merge(a.year(), usd, BigDecimal::add);
                yearTotals.merge(a.year(), usd, BigDecimal::add);
                sum = sum.add(usd);
            }
            total = total.add(sum);
            Amount first = list.get(0);
            donors.add(new FundingByDonor.Donor(first.key(), first.name(), first.organisationId(), byYear, sum));
        }
        donors.sort(Comparator.comparing(FundingByDonor.Donor::total).reversed().thenComparing(FundingByDonor.Donor::donor));
        return new FundingByDonor(years, donors, yearTotals, total);
    }

    @Transactional(readOnly = true)
    public List<CountryPriority> priorities(String country, Locale locale) {
        return priorities(country, locale, flows.forCountry(country).budgetUsd());
    }

    /** The priorities, given the country's counted budget (the page has it already). */
    @Transactional(readOnly = true)
    public List<CountryPriority> priorities(String country, Locale locale, BigDecimal countryBudget) {
        flows.ensureCurrent();
        Map<String, ReformArea> areas = areas(locale);
        record PriorityRow(long id, String title, String description, String area, long version) {
        }
        List<PriorityRow> rows = jdbc.query("""
                select id, title, description, reform_area, version from country_priority
                where country_code = :country order by title, id""", params(country),
                (rs, i) -> new PriorityRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
        if (rows.isEmpty()) {
            return List.of();
        }
        record Serving(String area, CountryPriority.ServingActivity activity) {
        }
        List<Serving> serving = jdbc.query("""
                select ar.reform_area, a.id, a.iati_identifier, coalesce(a.title, a.iati_identifier) as title, a.status,
                       %s and %s as active_funded,
                       case when b.counted then b.total_budget_usd * c.share * ar.share end as budget
                from activity a
                join %s c on c.activity_id = a.id
                join activity_area_share ar on ar.activity_id = a.id and ar.reform_area is not null
                join activity_budget_count b on b.activity_id = a.id
                where a.published
                order by a.start_date desc nulls last, a.title""".formatted(ACTIVE, FUNDED, COUNTRY_SHARE),
                params(country), (rs, i) -> new Serving(rs.getString(1), new CountryPriority.ServingActivity(rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6),
                        rs.getBigDecimal(7) == null ? null : rs.getBigDecimal(7).setScale(2, RoundingMode.HALF_EVEN))));
        List<CountryPriority> priorities = new ArrayList<>();
        for (PriorityRow r : rows) {
            List<CountryPriority.ServingActivity> activities = serving.stream().filter(s -> s.area().equals(r.area()))
                    .map(Serving::activity).toList();
            BigDecimal budget = activities.stream().map(CountryPriority.ServingActivity::budgetUsd).filter(b -> b != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal share = countryBudget.signum() > 0 ? budget.divide(countryBudget, 4, RoundingMode.HALF_EVEN) : null;
            boolean gap = activities.stream().noneMatch(CountryPriority.ServingActivity::activeAndFunded);
            boolean little = !gap && share != null && share.compareTo(CountryPriority.LITTLE_FUNDING) < 0;
            ReformArea area = r.area() == null ? null : areas.get(r.area());
            priorities.add(new CountryPriority(r.id(), r.title(), r.description(), r.area(),
                    area == null ? null : area.name(), area == null ? null : area.colour(), r.version(), activities,
                    budget, share, gap, little));
        }
        return priorities;
    }

    /** Every country with at least one published activity: number of activities and counted budget. */
    @Transactional(readOnly = true)
    public List<CountryFigures> map(Locale locale) {
        return maps.get(org.concord.shared.Language.ofOrDefault(locale).locale(), () -> computeMap(locale));
    }

    private List<CountryFigures> computeMap(Locale locale) {
        flows.ensureCurrent();
        List<CountryFigures> entries = jdbc.query("""
                select c.code, count(*) as activities, sum(case when b.counted then b.total_budget_usd * c.share end) as budget
                from (select activity_id, code, sum(share) as share from activity_country_share_all group by activity_id, code) c
                join activity_budget_count b on b.activity_id = c.activity_id
                group by c.code""", new MapSqlParameterSource(), (rs, i) -> {
            String code = rs.getString(1);
            Country country = countries.find(code, locale).orElse(null);
            return new CountryFigures(code, country == null ? null : country.alpha3(), country == null ? code : country.name(),
                    rs.getLong(2), FundingFlows.usd(rs.getBigDecimal(3)));
        });
        return entries.stream().filter(e -> e.alpha3() != null)
                .sorted(Comparator.comparing(CountryFigures::activities).reversed().thenComparing(CountryFigures::name)).toList();
    }

    /**
     * Every OECD DAC region with at least one published activity: regional and global support, counted as countries
     * are (each activity by its share for the region), by counted budget. Codes outside the codelist are left out.
     */
    @Transactional(readOnly = true)
    public List<org.concord.projects.RegionFigures> regions(Locale locale) {
        flows.ensureCurrent();
        return jdbc.query("""
                select r.code, count(*) as activities, sum(case when b.counted then b.total_budget_usd * r.share end) as budget
                from (select activity_id, code, sum(share) as share from activity_region_share group by activity_id, code) r
                join activity_budget_count b on b.activity_id = r.activity_id
                group by r.code""", new MapSqlParameterSource(), (rs, i) -> {
                    String code = rs.getString(1);
                    String name = regions.name(code, locale).orElse(null);
                    return name == null ? null : new org.concord.projects.RegionFigures(code, name, rs.getLong(2),
                            FundingFlows.usd(rs.getBigDecimal(3)), org.concord.projects.RegionFigures.UNSPECIFIED.equals(code));
                }).stream().filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(org.concord.projects.RegionFigures::budgetUsd).reversed()
                        .thenComparing(org.concord.projects.RegionFigures::activities, Comparator.reverseOrder())
                        .thenComparing(org.concord.projects.RegionFigures::name)).toList();
    }

    private static MapSqlParameterSource params(String country) {
        return new MapSqlParameterSource("country", country);
    }
}
