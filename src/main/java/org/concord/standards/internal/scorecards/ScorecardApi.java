package org.concord.standards.internal.scorecards;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.organisations.Organisations;
import org.concord.shared.Countries;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.standards.Comparison;
import org.concord.standards.Scorecard;
import org.concord.standards.Subject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/standards")
@Tag(name = "Scorecards", description = "Scorecards and comparisons: verified values of public indicators, and of restricted ones for readers entitled to them (HTTP Basic: members of the owning organisation, evaluators); a country's scorecard lists the latest published assessment of each institution seated there")
class ScorecardApi {

    static final String RULE = "progress = (latest - baseline) / (target - baseline); elapsed = share of the days from "
            + "the baseline period's end to the target period's end that had passed at the latest value's period end. "
            + "On track if progress >= 1 or progress >= elapsed; at risk if progress >= 0.75 x elapsed; else off track; "
            + "off track once the latest value is dated on or after the target date short of the target. "
            + "Not rated without baseline, target or verified value.";

    private final ScorecardService scorecards;
    private final Countries countries;
    private final Organisations organisations;

    ScorecardApi(ScorecardService scorecards, Countries countries, Organisations organisations) {
        this.scorecards = scorecards;
        this.countries = countries;
        this.organisations = organisations;
    }

    @GetMapping("/scorecards/countries/{code}")
    @Operation(summary = "A country's scorecard", description = RULE)
    Scorecard country(@Parameter(description = "ISO 3166-1 alpha-2") @PathVariable String code, Locale locale) {
        if (!countries.exists(code)) {
            throw new NotFoundException("country", code);
        }
        return scorecards.forCountry(code, locale);
    }

    @GetMapping("/scorecards/institutions/{id}")
    @Operation(summary = "An institution's scorecard", description = RULE)
    Scorecard institution(@PathVariable long id, Locale locale) {
        if (organisations.find(id, locale).isEmpty()) {
            throw new NotFoundException("organisation", id);
        }
        return scorecards.forInstitution(id, locale);
    }

    @GetMapping("/comparison")
    @Operation(summary = "Countries and institutions side by side",
            description = "Rows are indicators, cells the subjects' latest verified values, their status and the value "
                    + "normalised to 0..1 among the subjects compared (1 = best). At most 12 subjects.")
    Comparison comparison(@Parameter(description = "ISO 3166-1 alpha-2, repeatable") @RequestParam(name = "country", required = false) List<String> countryCodes,
                          @Parameter(description = "organisation id, repeatable") @RequestParam(name = "institution", required = false) List<Long> institutions,
                          Locale locale) {
        List<Subject> subjects = new ArrayList<>();
        for (String code : countryCodes == null ? List.<String>of() : countryCodes) {
            if (!countries.exists(code)) {
                throw new InvalidInputException("country", "unknown-country", code);
            }
            subjects.add(Subject.country(code));
        }
        for (Long id : institutions == null ? List.<Long>of() : institutions) {
            if (organisations.find(id, locale).isEmpty()) {
                throw new InvalidInputException("institution", "unknown-institution", id);
            }
            subjects.add(Subject.institution(id));
        }
        if (subjects.size() > ScorecardService.MAX_COMPARED) {
            throw new InvalidInputException("country", "comparison-too-many", ScorecardService.MAX_COMPARED);
        }
        return scorecards.compare(subjects, locale);
    }
}
