package org.concord.standards.internal.csv;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/standards")
@Tag(name = "Standards CSV", description = "Indicators and values as CSV (columns in the README)")
class CsvApi {

    private final CsvExports exports;
    private final CsvImports imports;

    CsvApi(CsvExports exports, CsvImports imports) {
        this.exports = exports;
        this.imports = imports;
    }

    @GetMapping(value = "/export/{kind:indicators|values}.csv", produces = "text/csv")
    @Operation(summary = "Export indicators or values", description = "Only what the reader may see: values are the "
            + "verified ones unless the reader may see the organisation's drafts. ?indicator=CODE (repeatable) narrows.")
    void export(@PathVariable String kind, @RequestParam(name = "indicator", required = false) List<String> codes,
                HttpServletResponse response) throws IOException {
        CsvDownloads.write(kind, codes, exports, response);
    }

    @PostMapping(value = "/import/{kind:indicators|values}", consumes = "text/csv")
    @Operation(summary = "Import indicators or values", description = "One transaction: any broken rule rejects the "
            + "whole file, as a problem document whose errors name the row (header = row 1) and column, "
            + "e.g. rows[3].value. Re-importing the same file changes nothing.")
    CsvImports.Result importFile(@PathVariable String kind, @RequestBody String body) {
        StringReader reader = new StringReader(body);
        return kind.equals("values") ? imports.values(reader) : imports.indicators(reader);
    }
}
