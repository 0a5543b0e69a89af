package org.concord.projects.internal.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reform-areas")
@Tag(name = "Reform areas", description = "Concord's thesaurus of SSR reform areas and its mapping from OECD DAC sector "
        + "codes: a 5-digit purpose code mapped one by one, else its 3-digit category. Anyone reads; administrators edit.")
class ReformAreaApi {

    private final ReformAreaService service;
    private final SectorMappings mappings;

    ReformAreaApi(ReformAreaService service, SectorMappings mappings) {
        this.service = service;
        this.mappings = mappings;
    }

    @GetMapping
    @Operation(summary = "List reform areas", description = "Each area with its names in the six languages, its colour, "
            + "the DAC codes mapped to it and how many activity sectors are in it now.")
    List<ReformAreaService.AreaView> list(Locale locale) {
        return service.areas(locale);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One reform area")
    ReformAreaService.AreaView get(@PathVariable String code, Locale locale) {
        return service.area(code, locale);
    }

    @PostMapping
    @Operation(summary = "Add a reform area", description = "Code, six names and a colour (#rrggbb, contrast of at "
            + "least 3:1 against white). Administrators.")
    ResponseEntity<ReformAreaService.AreaView> create(@RequestBody ReformAreaForm area, Locale locale) {
        String code = service.create(area);
        return ResponseEntity.created(URI.create("/api/v1/reform-areas/" + code)).body(service.area(code, locale));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Rename or recolour a reform area", description = "The code cannot change. With version, a "
            + "stale version is refused (409). Administrators.")
    ReformAreaService.AreaView update(@PathVariable String code, @RequestBody ReformAreaForm area, Locale locale) {
        service.update(code, area);
        return service.area(code, locale);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Delete a reform area", description = "Only when no DAC code maps to it and no national "
            + "priority names it; otherwise refused (409) with the counts. Administrators.")
    ResponseEntity<Void> delete(@PathVariable String code, @RequestParam(required = false) Long version) {
        service.delete(code, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/mappings")
    @Operation(summary = "List the DAC codes mapped to reform areas", description = "vocabulary 1: DAC 5-digit purpose "
            + "code; 2: DAC 3-digit category, for purpose codes not mapped one by one.")
    List<ReformAreaService.MappingView> mappings() {
        return service.mappings();
    }

    @PutMapping("/mappings/{vocabulary}/{code}")
    @Operation(summary = "Map a DAC code to a reform area, or move it", description = "The code must be in the IATI Sector "
            + "(vocabulary 1, 5 digits) or SectorCategory (vocabulary 2, 3 digits) codelist. Every stored activity sector "
            + "the change concerns is re-classified in the same transaction; the answer says how many. Administrators.")
    ReformAreaService.MappingChange map(@Parameter(description = "1 or 2") @PathVariable String vocabulary,
                                        @PathVariable String code, @RequestBody SectorMappingForm.Target target) {
        return mappings.map(vocabulary, code, target == null ? null : ReformAreaForm.trimmed(target.area()), true, null);
    }

    @DeleteMapping("/mappings/{vocabulary}/{code}")
    @Operation(summary = "Remove a DAC code's mapping", description = "Its activity sectors fall back to their "
            + "category's area, or to none; they are re-classified in the same transaction. Administrators.")
    ReformAreaService.MappingChange unmap(@PathVariable String vocabulary, @PathVariable String code) {
        return mappings.unmap(vocabulary, code, null);
    }

    @PostMapping("/reclassification")
    @Operation(summary = "Apply the mapping to every stored activity sector again", description = "Corrects sectors "
            + "written with an earlier mapping (an activity being imported or entered at the very moment the mapping changed). "
            + "Administrators.")
    ReformAreaService.Reclassification reclassify() {
        return mappings.reclassifyAll();
    }
}
