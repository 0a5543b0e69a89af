package org.concord.projects.internal.imports;

import java.io.IOException;
import org.concord.shared.InvalidInputException;
import org.concord.projects.internal.ActivityPermissions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload IATI files, watch the import advance, read its report. */
@Controller
@RequestMapping("/activities/import")
class ImportPages {

    private final ImportService imports;
    private final ImportWorker worker;
    private final ActivityPermissions permissions;

    private final MessageSource messages;

    ImportPages(ImportService imports, ImportWorker worker, ActivityPermissions permissions, MessageSource messages) {
        this.messages = messages;
        this.permissions = permissions;
        this.imports = imports;
        this.worker = worker;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("jobs", imports.recent());
        model.addAttribute("mayImport", permissions.mayImport());
        model.addAttribute("maxMegabytes", imports.maxBytes() / (1024 * 1024));
        return "activities/import";
    }

    @PostMapping
    String upload(@RequestParam("files") MultipartFile[] files,
                  @RequestParam(required = false) String repair, Model model, java.util.Locale locale)
            throws IOException {
        Long last = null;
        try {
            if (files.length == 0 || files[0].isEmpty()) {
                throw new InvalidInputException("files", "file-empty");
            }
            for (MultipartFile file : files) {
                last = imports.submit(file.getOriginalFilename(), file.getInputStream(), Repair.of(repair)).id();
            }
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.errors().get(0));
            // a file that is not well-formed: every broken place the scan found
            model.addAttribute("places", e.errors().subList(1, e.errors().size()).stream()
                    .map(f -> messages.getMessage(f.messageKey(), f.arguments(), f.rule(), locale)).toList());
            return form(model);
        }
        return files.length == 1 ? "redirect:/activities/import/" + last : "redirect:/activities/import";
    }

    @GetMapping("/{id:\\d+}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.job(id));
        model.addAttribute("rejections", imports.problems(id, "REJECTED"));
        model.addAttribute("warnings", imports.problems(id, "WARNING"));
        model.addAttribute("removals", imports.problems(id, "REMOVED"));
        return "activities/import-job";
    }

    /** The progress fragment htmx polls while the job runs. */
    @GetMapping("/{id:\\d+}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.job(id));
        return "activities/import-job :: progress";
    }
}
