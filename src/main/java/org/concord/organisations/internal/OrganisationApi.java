package org.concord.organisations.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import org.concord.organisations.OrganisationType;
import org.concord.organisations.OrganisationView;
import org.concord.organisations.SsrRole;
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
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The directory of actors in security sector reform")
class OrganisationApi {

    private final OrganisationService service;

    OrganisationApi(OrganisationService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List organisations", description = "Filter by type, country of operation and SSR role; "
            + "search names and acronyms in every language. Names come in the language of Accept-Language or ?lang.")
    DirectoryPage list(@RequestParam(required = false) OrganisationType type,
                       @Parameter(description = "ISO 3166-1 alpha-2") @RequestParam(required = false) String country,
                       @RequestParam(required = false) SsrRole role,
                       @Parameter(description = "text in a name or acronym") @RequestParam(required = false) String q,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
                       Locale locale) {
        return service.list(new DirectoryQuery(type, country, role, q, page, size), locale);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation")
    OrganisationView get(@PathVariable long id, Locale locale) {
        return service.get(id, locale);
    }

    @PostMapping
    @Operation(summary = "Create an organisation", description = "Administrators, or coordinators of the parent organisation.")
    ResponseEntity<OrganisationView> create(@Valid @RequestBody OrganisationForm form, Locale locale) {
        OrganisationView created = service.create(form, locale);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an organisation's description",
            description = "Administrators, or coordinators of the organisation or one above it. "
                    + "Send the version you read to be told (409) when someone else changed it meanwhile.")
    OrganisationView update(@PathVariable long id, @Valid @RequestBody OrganisationForm form, Locale locale) {
        return service.update(id, form, locale);
    }
}
