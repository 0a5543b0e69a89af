package org.concord.projects.internal.country;

import org.concord.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.concord.projects.CountedTotals;
import org.concord.projects.CountingRule;
import org.concord.projects.CountryFigures;
import org.concord.projects.FundingByDonor;
import org.concord.projects.WhoDoesWhat;
import org.concord.shared.Country;
import org.concord.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Countries", description = "Who does what in security sector reform, country by country, with money counted once")
class CountryApi {

    /** A country as the API names it. */
    record CountryRef(String code, String alpha3, String name) {
        static CountryRef of(Country c) {
            return new CountryRef(c.code(), c.alpha3(), c.name());
        }
    }

    record CountryWhoDoesWhat(CountryRef country, WhoDoesWhat matrix, CountedTotals totals,
                       List<CountingRule> rules) {
    }

    record Funding(CountryRef country, FundingByDonor byDonorAndYear, CountedTotals totals,
                   List<CountingRule> rules) {
    }

    record MapCountry(String code, String alpha3, String name, long activities, java.math.BigDecimal budgetUsd,
                      java.math.BigDecimal value) {
    }

    record WorldMap(String measure, List<MapCountry> countries, List<CountingRule> rules) {
    }

    record RegionalSupport(List<org.concord.projects.RegionFigures> regions, List<CountingRule> rules) {
    }

    record Region(String code, String name, CountedTotals totals, List<CountingRule> rules) {
    }

    private final CountryProfiles profiles;
    private final FundingFlows flows;
    private final Regions regions;

    CountryApi(CountryProfiles profiles, FundingFlows flows, Regions regions) {
        this.profiles = profiles;
        this.flows = flows;
        this.regions = regions;
    }

    @GetMapping("/regions")
    @Operation(summary = "Regional and global support",
            description = "Every OECD DAC recipient region (IATI Region vocabulary 1) with published activities: their "
                    + "number and counted budget in US dollars (approximate), each activity by its share for the region "
                    + "(its percentage, else what the country and region percentages leave). global marks 998, "
                    + "developing countries unspecified. These figures are in no country's.")
    RegionalSupport regions(Locale locale) {
        return new RegionalSupport(profiles.regions(locale), flows.rules(locale));
    }

    @GetMapping("/regions/{code}")
    @Operation(summary = "A region's counted totals", description = "Budget and spending counted once, with the sums of "
            + "negative budgets and spending they include as their files state. The activities: /api/v1/activities?region=")
    @ApiResponse(responseCode = "404", description = "No OECD DAC region has this code (a problem document)")
    Region region(@Parameter(description = "OECD DAC region code, e.g. 289 or 998") @PathVariable String code,
                  Locale locale) {
        String name = regions.name(code, locale).orElseThrow(() -> new NotFoundException("region", code));
        return new Region(code, name, flows.forRegion(code), flows.rules(locale));
    }

    @GetMapping("/countries/{code}/who-does-what")
    @Operation(summary = "Who does what in a country",
            description = "Implementing organisations (participating-org role 4, else the reporting organisation) × "
                    + "reform areas: in each cell the number of activities and their counted budget in US dollars "
                    + "(approximate, at annual average rates), apportioned by the recipient-country percentage (equal "
                    + "parts where percentages are missing), by reform area and among implementers. Budgets of "
                    + "activities funded by another Concord activity are left out (their funder's budget holds them); "
                    + "the rules come with the answer, in the request's language.")
    @ApiResponse(responseCode = "404", description = "No country has this ISO 3166-1 alpha-2 code (a problem document)")
    CountryWhoDoesWhat whoDoesWhat(@Parameter(description = "ISO 3166-1 alpha-2, e.g. UA") @PathVariable String code,
                            Locale locale) {
        Country country = profiles.country(code, locale);
        return new CountryWhoDoesWhat(CountryRef.of(country), profiles.whoDoesWhat(country.code(), locale),
                flows.forCountry(country.code()), flows.rules(locale));
    }

    @GetMapping("/countries/{code}/funding")
    @Operation(summary = "Funding of a country by donor and year",
            description = "Counted spending (disbursements and expenditures, in US dollars, approximate) by donor "
                    + "(first funding participant, else the reporting organisation) and calendar year. Spending is "
                    + "counted where it is last reported: a disbursement to another Concord activity that reports "
                    + "spending of its own is left out; incoming funds are never counted.")
    @ApiResponse(responseCode = "404", description = "No country has this ISO 3166-1 alpha-2 code (a problem document)")
    Funding funding(@Parameter(description = "ISO 3166-1 alpha-2, e.g. UA") @PathVariable String code, Locale locale) {
        Country country = profiles.country(code, locale);
        return new Funding(CountryRef.of(country), profiles.fundingByDonor(country.code()),
                flows.forCountry(country.code()), flows.rules(locale));
    }

    @GetMapping("/map")
    @Operation(summary = "SSR activity by country, for a world map",
            description = "Every country with published activities: their number and counted budget in US dollars "
                    + "(approximate); value is the chosen measure.")
    @ApiResponse(responseCode = "400", description = "measure is neither activities nor budget (a problem document)")
    WorldMap map(@Parameter(description = "activities or budget") @RequestParam(defaultValue = "activities") String measure,
                 Locale locale) {
        if (!CountryFigures.MEASURES.contains(measure)) {
            throw new InvalidInputException("measure", "pattern");
        }
        List<MapCountry> countries = profiles.map(locale).stream().map(e -> new MapCountry(e.code(), e.alpha3(), e.name(),
                e.activities(), e.budgetUsd(),
                "budget".equals(measure) ? e.budgetUsd() : java.math.BigDecimal.valueOf(e.activities()))).toList();
        return new WorldMap(measure, countries, flows.rules(locale));
    }
}
