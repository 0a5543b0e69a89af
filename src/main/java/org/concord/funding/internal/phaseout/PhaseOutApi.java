package org.concord.funding.internal.phaseout;

import org.concord.funding.InstitutionCurve;
import org.concord.funding.OwnershipYear;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.concord.funding.internal.money.FundingMoney;
import org.concord.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Funding: phase-out", description = "Sunset clauses, phase-out plans and domestic ownership curves")
class PhaseOutApi {

    private final PhaseOutService service;
    private final OwnershipService ownership;

    PhaseOutApi(PhaseOutService service, OwnershipService ownership) {
        this.service = service;
        this.ownership = ownership;
    }

    @GetMapping("/api/v1/funding/agreements/{id}/phase-out")
    @Operation(summary = "An agreement's sunset date and phase-out plan",
            description = "sunsetDate is null while the funder has recorded none. Amounts are in the agreement's currency.")
    PhaseOutPlan plan(@PathVariable long id) {
        return service.plan(id);
    }

    @PutMapping("/api/v1/funding/agreements/{id}/phase-out")
    @Operation(summary = "Record an agreement's sunset date and phase-out plan",
            description = "Administrators, or coordinators of the funder. Replaces the plan whole. Each year once; "
                    + "no external amount after the sunset year; the external share may not rise from one year to "
                    + "the next. Send the version you read to be told (409) when someone else changed it meanwhile.")
    PhaseOutPlan record(@PathVariable long id, @Valid @RequestBody PhaseOutForm form) {
        return service.record(id, form);
    }

    @GetMapping("/api/v1/funding/ownership")
    @Operation(summary = "Domestic ownership curves",
            description = "Per institution, year and currency: external and national funding and shares, and the "
                    + "largest donor's share of the external funding (dependsOnOneDonor: more than half). External: "
                    + "released tranches for past years; the phase-out plan (else the tranches) from this year on. "
                    + "National: the plans' co-financing. Give institution or country.")
    List<InstitutionCurve> curves(@Parameter(description = "directory id of the institution")
                                  @RequestParam(required = false) Long institution,
                                  @Parameter(description = "ISO 3166-1 alpha-2")
                                  @RequestParam(required = false) String country,
                                  @Parameter(description = "ISO 4217: every amount converted to it (a year at its 1st of "
                                          + "July), one series per institution, the rates used in rates and what no rate "
                                          + "applies to in unconverted; without it, one series per currency")
                                  @RequestParam(required = false) String currency, Locale locale) {
        if (institution != null) {
            return List.of(currency == null ? ownership.institution(institution, locale)
                    : ownership.institution(institution, FundingMoney.chosen(currency), locale));
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new InvalidInputException("country", "ownership.country-or-institution");
        }
        return currency == null ? ownership.country(country, locale)
                : ownership.country(country, FundingMoney.chosen(currency), locale);
    }
}
