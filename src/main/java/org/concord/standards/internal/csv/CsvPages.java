package org.concord.standards.internal.csv;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.concord.shared.InvalidInputException;
import org.concord.shared.security.CurrentActor;
import org.concord.standards.internal.StandardsPermissions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** CSV downloads of what the reader may see, and the import page. */
@Controller
@RequestMapping("/standards")
class CsvPages {

    private final CsvExports exports;
    private final CsvImports imports;
    private final StandardsPermissions permissions;
    private final MessageSource messages;

    CsvPages(CsvExports exports, CsvImports imports, StandardsPermissions permissions, MessageSource messages) {
        this.exports = exports;
        this.imports = imports;
        this.permissions = permissions;
        this.messages = messages;
    }

    @GetMapping("/export/{kind:indicators|values}.csv")
    void export(@PathVariable String kind, @RequestParam(name = "indicator", required = false) List<String> codes,
                HttpServletResponse response) throws IOException {
        CsvDownloads.write(kind, codes, exports, response);
    }

    @GetMapping("/import")
    String importForm() {
        CurrentActor.enforce(a -> permissions.mayDefineAnything());
        return "standards/import";
    }

    @PostMapping("/import")
    String importFile(@RequestParam String kind, @RequestParam("file") MultipartFile file, Model model,
                      java.util.Locale locale) throws IOException {
        CurrentActor.enforce(a -> permissions.mayDefineAnything());
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            CsvImports.Result result = kind.equals("values") ? imports.values(reader) : imports.indicators(reader);
            model.addAttribute("imported", result.rows());
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.errors().stream().map(f -> new String[] {f.field(),
                    messages.getMessage(f.messageKey(), f.arguments(), f.rule(), locale)}).toList());
        }
        model.addAttribute("kind", kind);
        return "standards/import";
    }
}
