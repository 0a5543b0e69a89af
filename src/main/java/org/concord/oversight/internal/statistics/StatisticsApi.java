package org.concord.oversight.internal.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.concord.oversight.BodyStatistics;
import org.concord.oversight.OversightCountryFigures;
import org.concord.oversight.OversightStatistics;
import org.concord.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/oversight/statistics")
@Tag(name = "Oversight statistics", description = "Public figures of oversight bodies' complaint and whistleblower cases")
class StatisticsApi {

    private final OversightStatistics statistics;

    StatisticsApi(OversightStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping
    @Operation(summary = "An oversight body's statistics", description = "Reports received by month, category and "
            + "institution concerned; decisions by outcome and the share upheld; medians in days; sanctions by type. "
            + "Every count from 1 to 4 is published as {\"value\": null, \"suppressed\": true}, and where one count of "
            + "a breakdown is suppressed the next smallest is too, so that none can be worked out from the total. "
            + "Medians need at least 5 cases; the share upheld needs both its counts published.")
    BodyStatistics body(@Parameter(description = "directory id of the body") @RequestParam long organisation,
                        Locale locale) {
        return statistics.body(organisation, locale).orElseThrow(() -> new NotFoundException("organisation", organisation));
    }

    @GetMapping("/countries/{country}")
    @Operation(summary = "Reports received and handled by the oversight bodies working in a country",
            description = "Suppressed like the body statistics; a total is withheld when any body's count is.")
    OversightCountryFigures country(@Parameter(description = "ISO 3166-1 alpha-2") @PathVariable String country,
                                    Locale locale) {
        if (!country.matches("[A-Za-z]{2}")) {
            throw new org.concord.shared.InvalidInputException("country", "unknown-country");
        }
        return statistics.countryFigures(country, locale);
    }
}
