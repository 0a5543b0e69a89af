package org.concord.standards.internal.csv;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** The response of a CSV download: UTF-8, named after what it holds, never cached by a shared cache. */
final class CsvDownloads {

    private CsvDownloads() {
    }

    static void write(String kind, List<String> codes, CsvExports exports, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"standards-" + kind + ".csv\"");
        // what an export holds depends on who reads it
        response.setHeader("Cache-Control", "private, no-store");
        List<String> wanted = codes == null ? List.of() : codes;
        if (kind.equals("values")) {
            exports.values(response.getWriter(), wanted);
        } else {
            exports.indicators(response.getWriter(), wanted);
        }
    }
}
