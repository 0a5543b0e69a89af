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
import org.concord.organisations.Organisations;
import org.concord.projects.internal.ActivityPermissions;
import org.concord.projects.internal.DraftVisibility;
import org.concord.projects.internal.country.CountryProfiles;
import org.concord.projects.internal.country.FundingFlows;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.reference.ReformAreas;
import org.concord.shared.Countries;
import org.concord.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading activities, and the module's API for other modules ({@link Activities}): every reader sees the published
 * activities; drafts only the members of the reporting organisation (or of one above it) and administrators
 * ({@link ActivityPermissions#draftVisibility()}), on every read: list, counts, page, exports, summaries.
 */
@Service
public class ActivityService implements Activities {

    private final ActivitySearch search;
    private final ActivityStore store;
    private final ReformAreas areas;
    private final Countries countries;
    private final ActivityQueries queries;
    private final CountryProfiles profiles;
    private final FundingFlows flows;
    private final ActivityPermissions permissions;
    private final Organisations organisations;
    private final org.concord.projects.internal.ActivityDataVersion version;
    private final org.concord.projects.internal.country.Regions regions;

    public ActivityService(ActivitySearch search, ActivityStore store, ReformAreas areas, Countries countries,
                           ActivityQueries queries, CountryProfiles profiles, FundingFlows flows,
                           ActivityPermissions permissions, Organisations organisations,
                           org.concord.projects.internal.ActivityDataVersion version,
                           org.concord.projects.internal.country.Regions regions) {
        this.version = version;
        this.regions = regions;
        this.profiles = profiles;
        this.flows = flows;
        this.permissions = permissions;
        this.organisations = organisations;
        this.search = search;
        this.store = store;
        this.areas = areas;
        this.countries = countries;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public ActivityPage list(ActivityQuery query, boolean withFacets, Locale locale) {
        Map<String, String> areaNames = areas.all(locale).stream()
                .collect(Collectors.toMap(ReformArea::code, ReformArea::name));
        return search.find(query, permissions.draftVisibility(), withFacets, areaNames, c -> countries.name(c, locale),
                r -> regions.name(r, locale).orElse(r));
    }

    /** One activity with what Concord knows beside the file: directory links and reform areas. */
    public record ActivityDetail(long id, IatiActivity activity, boolean published, String source,
                                 Map<Integer, Long> participantOrganisations, Map<Integer, String> sectorAreas,
                                 Long reportingOrganisationId) {
    }

    /** One activity; a draft is not found by those who may not see it. */
    @Transactional(readOnly = true)
    public ActivityDetail get(long id) {
        DraftVisibility visibility = permissions.draftVisibility();
        ActivityQueries.Standing standing = queries.standing(id)
                .filter(s -> visibility.allows(s.published(), s.reportingOrganisationId()))
                .orElseThrow(() -> new NotFoundException("activity", id));
        IatiActivity activity = store.load(id).orElseThrow(() -> new NotFoundException("activity", id));
        return new ActivityDetail(id, activity, standing.published(), standing.source(),
                queries.participantOrganisations(id), queries.sectorAreas(id), standing.reportingOrganisationId());
    }

    /** An activity to correct on the page form: one entered by hand, for those who may write it. */
    @Transactional(readOnly = true)
    public ActivityDetail getToEditOnForm(long id) {
        ActivityDetail detail = get(id);
        permissions.checkMayEditOnForm(detail.activity(), detail.source());
        return detail;
    }

    /**
     * An activity whose publication or maintenance (by hand, by file imports) the current person is about to
     * change: for its own coordinators (and those above them) and administrators.
     */
    @Transactional(readOnly = true)
    public ActivityDetail getToManage(long id) {
        ActivityDetail detail = get(id);
        permissions.checkMayEdit(detail.activity());
        return detail;
    }

    /** What the hand-entry form offers, in the reader's language. */
    public record FormChoices(Map<String, String> reporters, Map<String, String> organisationsByRef,
                              Map<String, String> purposeCodes) {
    }

    /**
     * What the hand-entry form offers, for those who may enter activities: the organisations they may report for,
     * every organisation with an IATI identifier (funders, implementers), and the DAC purpose codes mapped to a
     * reform area, each named with {@code sectorName}.
     */
    @Transactional(readOnly = true)
    public FormChoices formChoices(Locale locale, java.util.function.Function<String, String> sectorName) {
        permissions.checkMayEnterActivities();
        Map<String, String> all = organisationsByRef(locale);
        Map<String, Long> ids = organisations.idsByIatiIdentifier();
        java.util.Set<Long> reporting = permissions.reportingOrganisations();
        Map<String, String> own = new java.util.LinkedHashMap<>();
        all.forEach((ref, name) -> {
            if (reporting == null || reporting.contains(ids.get(ref))) {
                own.put(ref, name);
            }
        });
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        for (String code : queries.mappedPurposeCodes()) {
            codes.put(code, code + " — " + sectorName.apply(code));
        }
        return new FormChoices(own, all, codes);
    }

    /** Organisations that have an IATI identifier, by that identifier, named for the reader. */
    @Transactional(readOnly = true)
    public Map<String, String> organisationsByRef(Locale locale) {
        Map<Long, String> refs = new java.util.HashMap<>();
        organisations.idsByIatiIdentifier().forEach((ref, id) -> refs.put(id, ref));
        Map<String, String> byRef = new java.util.LinkedHashMap<>();
        organisations.names(locale).forEach((id, name) -> {
            if (refs.containsKey(id)) {
                byRef.put(refs.get(id), name);
            }
        });
        return byRef;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ActivitySummary> summary(long id) {
        return search.in(ActivitySearch.Scope.ID, id, permissions.draftVisibility(), 1).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivitySummary> summaries(java.util.Collection<Long> ids) {
        List<Long> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return distinct.isEmpty() ? List.of()
                : search.in(ActivitySearch.Scope.IDS, distinct, permissions.draftVisibility(), distinct.size());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivitySummary> inCountry(String country, int limit) {
        return search.in(ActivitySearch.Scope.COUNTRY, country == null ? null : country.toUpperCase(Locale.ROOT),
                permissions.draftVisibility(), limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivitySummary> inReformArea(String reformArea, int limit) {
        return search.in(ActivitySearch.Scope.AREA, reformArea, permissions.draftVisibility(), limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivitySummary> ofOrganisation(long organisationId, int limit) {
        return search.in(ActivitySearch.Scope.ORGANISATION, organisationId, permissions.draftVisibility(), limit);
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
        return permissions.mayEditPriorities();
    }

    @Override
    public List<CountryFigures> countries(Locale locale) {
        return profiles.map(locale);
    }

    @Override
    public org.concord.shared.cache.DataVersion dataVersion() {
        return version.version();
    }

    @Override
    public List<org.concord.projects.RegionFigures> regions(Locale locale) {
        return profiles.regions(locale);
    }

    @Override
    public Optional<String> regionName(String code, Locale locale) {
        return regions.name(code, locale);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivitySummary> inRegion(String region, int limit) {
        return search.in(ActivitySearch.Scope.REGION, region, permissions.draftVisibility(), limit);
    }

    @Override
    public CountedTotals countedInRegion(String region) {
        return flows.forRegion(region);
    }

    @Override
    public List<CountingRule> countingRules(Locale locale) {
        return flows.rules(locale);
    }
}
