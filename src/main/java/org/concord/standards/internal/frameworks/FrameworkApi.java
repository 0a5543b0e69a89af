package org.concord.standards.internal.frameworks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/standards")
@Tag(name = "Standards frameworks", description = "Frameworks of standards, each measured by indicators")
class FrameworkApi {

    private final FrameworkService service;

    FrameworkApi(FrameworkService service) {
        this.service = service;
    }

    @GetMapping("/frameworks")
    @Operation(summary = "Frameworks the reader may see", description = "Public ones for everyone; restricted ones for "
            + "members of the owning organisation, evaluators and administrators.")
    List<FrameworkView.Line> list(Locale locale) {
        return service.list(locale);
    }

    @GetMapping("/frameworks/{id}")
    @Operation(summary = "One framework with its standards and their indicators", description = "404 for a restricted "
            + "framework the reader may not see.")
    FrameworkView get(@PathVariable long id, Locale locale) {
        return service.get(id, locale);
    }

    @PostMapping("/frameworks")
    @Operation(summary = "Define a framework", description = "Administrators, or coordinators of the owning organisation.")
    ResponseEntity<FrameworkView> create(@Valid @RequestBody FrameworkForm form, Locale locale) {
        long id = service.create(form);
        return ResponseEntity.created(URI.create("/api/v1/standards/frameworks/" + id)).body(service.get(id, locale));
    }

    @PutMapping("/frameworks/{id}")
    @Operation(summary = "Replace a framework's description", description = "Send the version you read to be told (409) "
            + "when someone else changed it meanwhile. The code and owner do not change.")
    FrameworkView update(@PathVariable long id, @Valid @RequestBody FrameworkForm form, Locale locale) {
        service.update(id, form);
        return service.get(id, locale);
    }

    @PostMapping("/frameworks/{id}/standards")
    @Operation(summary = "Add a standard to a framework")
    ResponseEntity<FrameworkView> addStandard(@PathVariable long id, @Valid @RequestBody StandardForm form, Locale locale) {
        long standardId = service.addStandard(id, form);
        return ResponseEntity.created(URI.create("/api/v1/standards/standards/" + standardId)).body(service.get(id, locale));
    }

    @PutMapping("/standards/{id}")
    @Operation(summary = "Replace a standard's description")
    FrameworkView updateStandard(@PathVariable long id, @Valid @RequestBody StandardForm form, Locale locale) {
        service.updateStandard(id, form);
        return service.get(service.standard(id).frameworkId(), locale);
    }
}
