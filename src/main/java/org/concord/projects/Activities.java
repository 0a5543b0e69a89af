package org.concord.projects;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What other modules may ask of the activity registry: an activity's summary, the activities of a country, a reform
 * area or an organisation, and a country's money counted once with who does what there. Reads see what the current
 * reader may see: published activities, and drafts only for those entitled to them.
 */
public interface Activities {

    /** The activity, if it exists and the current reader may see it. */
    Optional<ActivitySummary> summary(long id);

    /**
     * The activities of these ids that exist and the current reader may see, in one statement however many ids:
     * what a form or a page linking several activities looks up.
     */
    List<ActivitySummary> summaries(java.util.Collection<Long> ids);

    /** Activities with this recipient country (ISO 3166-1 alpha-2), newest first, at most {@code limit}. */
    List<ActivitySummary> inCountry(String country, int limit);

    /** Activities with a sector in this reform area, newest first, at most {@code limit}. */
    List<ActivitySummary> inReformArea(String reformArea, int limit);

    /** Activities the organisation reports or takes part in (directory id), newest first, at most {@code limit}. */
    List<ActivitySummary> ofOrganisation(long organisationId, int limit);

    /** The country's published activities and their budget and spending, each counted once. */
    CountedTotals countedInCountry(String country);

    /** Implementers × reform areas in the country, money apportioned so that the cells add up to the total. */
    WhoDoesWhat whoDoesWhat(String country, Locale locale);

    /** The country's activities over time, coloured by reform area. */
    List<TimelineItem> timeline(String country, Locale locale);

    /** Counted spending in the country by donor and year. */
    FundingByDonor fundingByDonor(String country);

    /** Money passed between Concord activities in the country. */
    List<Transfer> transfersInCountry(String country);

    /** The country's national SSR priorities, with the activities that serve them, gaps and little funding. */
    List<CountryPriority> priorities(String country, Locale locale);

    /** The same, for a caller that has the country's counted budget already ({@link #countedInCountry}). */
    List<CountryPriority> priorities(String country, Locale locale, java.math.BigDecimal countryBudgetUsd);

    /** Whether the current reader may edit a country's national priorities. */
    boolean mayEditPriorities();

    /** Every country with published activities: the world map's figures. */
    List<CountryFigures> countries(Locale locale);

    /**
     * The number that moves whenever anything the activity list, the country pages or the map show changes, on any
     * instance: what was computed from the activities holds until then.
     */
    org.concord.shared.cache.DataVersion dataVersion();

    /** Every OECD DAC region with published activities (regional and global support): listed beside the countries. */
    List<RegionFigures> regions(Locale locale);

    /** The region's name in the reader's language, when the code is an OECD DAC region (IATI Region vocabulary 1). */
    Optional<String> regionName(String code, Locale locale);

    /** Activities with this recipient region (OECD DAC code), newest first, at most {@code limit}. */
    List<ActivitySummary> inRegion(String region, int limit);

    /** The region's published activities and their budget and spending, each counted once. */
    CountedTotals countedInRegion(String region);

    /** The rules by which money is counted once, in the reader's language: shown under every total. */
    List<CountingRule> countingRules(Locale locale);
}
