package org.concord.standards.internal.indicators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.standards.IndicatorSummary;
import org.concord.standards.IndicatorValueView;
import org.concord.standards.Subject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/standards/indicators")
@Tag(name = "Standards indicators", description = "Indicators, and their verified values per country or institution")
class IndicatorApi {

    private final IndicatorService service;

    IndicatorApi(IndicatorService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Indicators the reader may see", description = "Code or name (any language) containing q.")
    List<IndicatorSummary> find(@RequestParam(required = false) String q, @RequestParam(defaultValue = "50") int limit,
                                Locale locale) {
        return service.find(q, locale, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One indicator", description = "404 for a restricted indicator the reader may not see.")
    IndicatorView get(@PathVariable long id, Locale locale) {
        return service.get(id, locale);
    }

    @PostMapping
    @Operation(summary = "Define an indicator", description = "Administrators, or coordinators of both the framework's "
            + "and the indicator's owning organisation.")
    ResponseEntity<IndicatorView> create(@Valid @RequestBody IndicatorForm form, Locale locale) {
        long id = service.create(form);
        return ResponseEntity.created(URI.create("/api/v1/standards/indicators/" + id)).body(service.get(id, locale));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an indicator's description", description = "The code does not change.")
    IndicatorView update(@PathVariable long id, @Valid @RequestBody IndicatorForm form, Locale locale) {
        service.update(id, form);
        return service.get(id, locale);
    }

    @GetMapping("/{id}/latest")
    @Operation(summary = "Latest verified value of a subject", description = "Give country or institution. 404 when "
            + "there is no verified value (or the indicator is hidden from the reader).")
    IndicatorValueView latest(@PathVariable long id,
                              @Parameter(description = "ISO 3166-1 alpha-2") @RequestParam(required = false) String country,
                              @RequestParam(required = false) Long institution) {
        return service.latestVerified(id, subject(country, institution)).orElseThrow(() -> new NotFoundException("value", id));
    }

    @GetMapping("/{id}/series")
    @Operation(summary = "Verified values of a subject in period order")
    List<IndicatorValueView> series(@PathVariable long id, @RequestParam(required = false) String country,
                                    @RequestParam(required = false) Long institution) {
        service.visible(id);
        return service.verifiedSeries(id, subject(country, institution));
    }

    private static Subject subject(String country, Long institution) {
        if ((country == null || country.isBlank()) == (institution == null)) {
            throw new InvalidInputException("country", "standards-subject-one");
        }
        return institution != null ? Subject.institution(institution) : Subject.country(country.trim());
    }
}
