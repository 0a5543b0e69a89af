package org.concord.standards.internal.wgi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The governance indicators import in the API: the saved column mappings (map a layout once, reuse it for the next
 * edition) and the import of a file with one of them, by its name. Administrators and coordinators of the mapping's
 * owner; what the import page does, with the same service.
 */
@RestController
@RequestMapping("/api/v1/standards/wgi")
@Tag(name = "Governance indicators import", description = "The World Bank's Worldwide Governance Indicators: saved "
        + "column mappings and imports (administrators and coordinators of the owning organisation)")
class WgiApi {

    static final String ROWS = "Each row becomes a verified value of one of the six public WGI indicators for a country "
            + "and year, with estimate +/- 1.645 x standard error and the percentile rank; importing the same or a later "
            + "edition again changes only what it revises. onProblem=reject (the default): a file with any row that "
            + "cannot be read changes nothing and is refused as a problem document whose errors name the row (the "
            + "header is row 1) and column, e.g. rows[8].code with rule wgi-economy. onProblem=skip: the other rows are "
            + "imported and the report lists the skipped ones (what the import page does).";

    /** A mapping as the API sends and receives it: headers by column kind (economyCode, year, ...). */
    record MappingBody(Long id, String name, Long ownerOrganisationId, Map<String, String> headers, Long version) {
        static MappingBody of(WgiMapping m) {
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            for (WgiColumn c : WgiColumn.values()) {
                headers.put(c.field(), m.headers().get(c));
            }
            return new MappingBody(m.id(), m.name(), m.ownerOrganisationId(), headers, m.version());
        }
    }

    private final WgiMappings mappings;
    private final WgiImport imports;
    private final WgiPermissions permissions;

    WgiApi(WgiMappings mappings, WgiImport imports, WgiPermissions permissions) {
        this.mappings = mappings;
        this.imports = imports;
        this.permissions = permissions;
    }

    @GetMapping("/mappings")
    @Operation(summary = "The saved column mappings", description = "Most recently used first.")
    List<MappingBody> mappings() {
        CurrentActor.check(permissions.mayImportAnywhere());
        return mappings.all().stream().map(MappingBody::of).toList();
    }

    @PutMapping("/mappings/{name}")
    @Operation(summary = "Save a column mapping under its name",
            description = "Creates the mapping, or replaces the columns of the one saved under this name (regardless "
                    + "of case). headers: for each kind of column (economyCode, economyName, year, indicator, estimate, "
                    + "standardError, percentileRank, percentileRankLower, percentileRankUpper) the header it has in the "
                    + "file; economyCode, year, indicator and estimate are required.")
    ResponseEntity<MappingBody> saveMapping(@PathVariable String name, @RequestBody MappingBody body) {
        CurrentActor.check(permissions.mayImportAnywhere());
        if (body.ownerOrganisationId() == null) {
            throw new InvalidInputException("ownerOrganisationId", "required");
        }
        boolean existed = mappings.findByName(name).isPresent();
        long id = mappings.save(name, body.ownerOrganisationId(), headers(body.headers()));
        MappingBody saved = MappingBody.of(mappings.find(id).orElseThrow());
        return existed ? ResponseEntity.ok(saved)
                : ResponseEntity.created(URI.create("/api/v1/standards/wgi/mappings/" + id)).body(saved);
    }

    private static Map<WgiColumn, String> headers(Map<String, String> given) {
        Map<WgiColumn, String> headers = new EnumMap<>(WgiColumn.class);
        Map<String, String> byField = given == null ? Map.of() : given;
        java.util.List<InvalidInputException.FieldError> unknown = new java.util.ArrayList<>();
        for (String field : byField.keySet()) {
            if (java.util.Arrays.stream(WgiColumn.values()).noneMatch(c -> c.field().equals(field))) {
                unknown.add(new InvalidInputException.FieldError("headers." + field, "wgi-unknown-column"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        for (WgiColumn c : WgiColumn.values()) {
            if (byField.get(c.field()) != null) {
                headers.put(c, byField.get(c.field()));
            }
        }
        return headers;
    }

    @PostMapping(value = "/imports", consumes = "multipart/form-data")
    @Operation(summary = "Import a file (multipart, part \"file\") with a saved column mapping", description = ROWS)
    WgiImport.Report importUpload(@Parameter(description = "the name of a saved column mapping") @RequestParam String mapping,
                                  @RequestParam(defaultValue = "reject") String onProblem,
                                  @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return run(mapping, onProblem, in);
        }
    }

    @PostMapping(value = "/imports", consumes = "text/csv")
    @Operation(summary = "Import a file (the CSV as the request body) with a saved column mapping", description = ROWS)
    WgiImport.Report importBody(@Parameter(description = "the name of a saved column mapping") @RequestParam String mapping,
                                @RequestParam(defaultValue = "reject") String onProblem, InputStream body) {
        return run(mapping, onProblem, body);
    }

    private WgiImport.Report run(String mappingName, String onProblem, InputStream file) {
        CurrentActor.check(permissions.mayImportAnywhere());
        if (!onProblem.equals("reject") && !onProblem.equals("skip")) {
            throw new InvalidInputException("onProblem", "wgi-on-problem");
        }
        WgiMapping mapping = mappings.findByName(mappingName)
                .orElseThrow(() -> new NotFoundException("wgi-column-mapping", mappingName));
        return imports.importFile(mapping.id(), file, onProblem.equals("reject"));
    }
}
