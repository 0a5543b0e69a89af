package org.concord.projects.internal.activities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.concord.projects.Activities;
import org.concord.projects.ActivitySummary;
import org.concord.projects.CountedTotals;
import org.concord.projects.CountingRule;
import org.concord.projects.CountryFigures;
import org.concord.projects.CountryPriority;
import org.concord.projects.FundingByDonor;
import org.concord.projects.ReformArea;
import org.concord.projects.TimelineItem;
import org.concord.projects.Transfer;
import org.concord.projects.WhoDoesWhat;
import org.concord.projects.internal.country.CountryPriorities;
import org.concord.projects.internal.country.CountryProfiles;
import org.concord.projects.internal.country.FundingFlows;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.reference.ReformAreas;
import org.concord.shared.Countries;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.CurrentActor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading activities, and the module's API for other modules ({@link Activities}): anonymous visitors see published
 * activities only; signed-in people also see drafts.
 */
@Service
public class ActivityService implements Activities {

    private final ActivitySearch search;
    private final ActivityStore store;
    private final ReformAreas areas;
    private final Countries countries;
    private final JdbcTemplate jdbc;
    private final CountryProfiles profiles;
    private final FundingFlows flows;
    private final CountryPriorities countryPriorities;

    public ActivityService(ActivitySearch search, ActivityStore store, ReformAreas areas, Countries countries,
                           JdbcTemplate jdbc, CountryProfiles profiles, FundingFlows flows,
                           CountryPriorities countryPriorities) {
        this.profiles = profiles;
        this.flows = flows;
        this.countryPriorities = countryPriorities;
        this.search = search;
        this.store = store;
        this.areas = areas;
        this.countries = countries;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ActivityPage list(ActivityQuery query, boolean withFacets, Locale locale) {
        Map<String, String> areaNames = areas.all(locale).stream()
                .collect(Collectors.toMap(ReformArea::code, ReformArea::name));
        return search.find(query, CurrentActor.find().isEmpty(), withFacets, areaNames, c -> countries.name(c, locale));
    }

    /** One activity with what Concord knows beside the file: directory links and reform areas. */
    public record ActivityDetail(long id, IatiActivity activity, boolean published, String source,
                                 Map<Integer, Long> participantOrganisations, Map<Integer, String> sectorAreas,
                                 Long reportingOrganisationId) {
    }

    @Transactional(readOnly = true)
    public ActivityDetail get(long id) {
        Map<String, Object> row = jdbc.query("select published, source, reporting_organisation_id from activity where id = ?",
                rs -> rs.next() ? java.util.Map.of("published", rs.getBoolean(1), "source", rs.getString(2),
                        "org", Optional.ofNullable((Long) rs.getObject(3))) : null, id);
        if (row == null || (!(boolean) row.get("published") && CurrentActor.find().isEmpty())) {
            throw new NotFoundException("activity", id);
        }
        IatiActivity activity = store.load(id).orElseThrow(() -> new NotFoundException("activity", id));
        Map<Integer, Long> organisations = new java.util.HashMap<>();
        jdbc.query("select seq, organisation_id from activity_participant where activity_id = ? and organisation_id is not null",
                rs -> {
                    organisations.put(rs.getInt(1), rs.getLong(2));
                }, id);
        Map<Integer, String> sectorAreas = new java.util.HashMap<>();
        jdbc.query("select seq, reform_area from activity_sector where activity_id = ? and reform_area is not null",
                rs -> {
                    sectorAreas.put(rs.getInt(1), rs.getString(2));
                }, id);
        @SuppressWarnings("unchecked")
        Optional<Long> org = (Optional<Long>) row.get("org");
        return new ActivityDetail(id, activity, (boolean) row.get("published"), (String) row.get("source"),
                organisations, sectorAreas, org.orElse(null));
    }

    private static boolean publishedOnly() {
        return CurrentActor.find().isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ActivitySummary> summary(long id) {
        return search.in(ActivitySearch.Scope.ID, id, publishedOnly(), 1).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivitySummary> inCountry(String country, int limit) {
        return search.in(ActivitySearch.Scope.COUNTRY, country == null ? null : country.toUpperCase(Locale.ROOT),
                publishedOnly(), limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivitySummary> inReformArea(String reformArea, int limit) {
        return search.in(ActivitySearch.Scope.AREA, reformArea, publishedOnly(), limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivitySummary> ofOrganisation(long organisationId, int limit) {
        return search.in(ActivitySearch.Scope.ORGANISATION, organisationId, publishedOnly(), limit);
    }

    @Override
    public CountedTotals countedInCountry(String country) {
        return flows.forCountry(country);
    }

    @Override
    public WhoDoesWhat whoDoesWhat(String country, Locale locale) {
        return profiles.whoDoesWhat(country, locale);
    }

    @Override
    public List<TimelineItem> timeline(String country, Locale locale) {
        return profiles.timeline(country, locale);
    }

    @Override
    public FundingByDonor fundingByDonor(String country) {
        return profiles.fundingByDonor(country);
    }

    @Override
    public List<Transfer> transfersInCountry(String country) {
        return flows.transfersInCountry(country);
    }

    @Override
    public List<CountryPriority> priorities(String country, Locale locale) {
        return profiles.priorities(country, locale);
    }

    @Override
    public List<CountryPriority> priorities(String country, Locale locale, java.math.BigDecimal countryBudgetUsd) {
        return profiles.priorities(country, locale, countryBudgetUsd);
    }

    @Override
    public boolean mayEditPriorities() {
        return countryPriorities.mayEdit();
    }

    @Override
    public List<CountryFigures> countries(Locale locale) {
        return profiles.map(locale);
    }

    @Override
    public List<CountingRule> countingRules(Locale locale) {
        return flows.rules(locale);
    }
}
