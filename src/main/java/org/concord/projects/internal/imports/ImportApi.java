package org.concord.projects.internal.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "IATI import", description = "Import IATI 2.01–2.03 activity files")
class ImportApi {

    private static final String REPAIR = "remove-forbidden-characters: remove the characters XML 1.0 forbids (and "
            + "references to them) and import the rest; each removal is listed in the report (removals). Without it, a "
            + "file that is not well-formed is refused with every broken place named (line, column, activity).";

    private final ImportService imports;

    ImportApi(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @Operation(summary = "Queue an IATI activity file (the request body) for import",
            description = "The file is checked whole first (size, XML without DOCTYPE, IATI version, no text over "
                    + "concord.import.max-narrative-length characters in one element); the import then runs in the "
                    + "background. Follow the Location header for progress and the report.")
    ResponseEntity<ImportJob> submitBody(@RequestParam(defaultValue = "upload.xml") String fileName,
                                         @Parameter(description = REPAIR) @RequestParam(required = false) String repair,
                                         HttpServletRequest request) throws IOException {
        ImportJob job = imports.submit(fileName, request.getInputStream(), Repair.of(repair));
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Queue an uploaded IATI activity file (multipart field 'file') for import")
    ResponseEntity<ImportJob> submitFile(@RequestParam("file") MultipartFile file,
                                         @Parameter(description = REPAIR) @RequestParam(required = false) String repair)
            throws IOException {
        ImportJob job = imports.submit(file.getOriginalFilename(), file.getInputStream(), Repair.of(repair));
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import's progress and report: counts, and for each rejected activity which element broke which rule")
    Map<String, Object> get(@PathVariable long id) {
        return Map.of("job", imports.job(id), "rejections", imports.problems(id, "REJECTED"),
                "warnings", imports.problems(id, "WARNING"), "removals", imports.problems(id, "REMOVED"));
    }

    @GetMapping
    @Operation(summary = "Recent imports")
    List<ImportJob> recent() {
        return imports.recent();
    }
}
