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

    /** How many examples the report shows of each rule. */
    static final int EXAMPLES = 5;

    @GetMapping
    String form(Model model) {
        model.addAttribute("jobs", imports.recent());
        model.addAttribute("mayImport", permissions.mayImport());
        model.addAttribute("maxMegabytes", imports.maxBytes() / (1024 * 1024));
        return "activities/import";
    }

    /** A file of a several-file upload that was refused before its import began, and why. */
    record Refused(String file, String reason) implements java.io.Serializable {
    }

    @PostMapping
    String upload(@RequestParam("files") MultipartFile[] files, @RequestParam(required = false) String repair,
                  Model model, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
                  java.util.Locale locale) throws IOException {
        if (files.length == 0 || files[0].isEmpty() && files.length == 1) {
            model.addAttribute("problem", new InvalidInputException("files", "file-empty").errors().get(0));
            return form(model);
        }
        Repair chosen;
        try {
            chosen = Repair.of(repair);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.errors().get(0));
            return form(model);
        }
        if (files.length == 1) {
            try {
                return "redirect:/activities/import/" + imports.submit(files[0].getOriginalFilename(),
                        files[0].getInputStream(), chosen).id();
            } catch (InvalidInputException e) {
                model.addAttribute("problem", e.errors().get(0));
                // a file that is not well-formed: every broken place the scan found
                model.addAttribute("places", e.errors().subList(1, e.errors().size()).stream()
                        .map(f -> messages.getMessage(f.messageKey(), f.arguments(), f.rule(), locale)).toList());
                return form(model);
            }
        }
        // several files: each is queued or refused on its own, and one page follows them all
        java.util.List<String> submitted = new java.util.ArrayList<>();
        java.util.List<Refused> refused = new java.util.ArrayList<>();
        for (MultipartFile file : files) {
            try {
                submitted.add(String.valueOf(imports.submit(file.getOriginalFilename(), file.getInputStream(), chosen).id()));
            } catch (InvalidInputException e) {
                InvalidInputException.FieldError error = e.errors().get(0);
                refused.add(new Refused(file.getOriginalFilename(),
                        messages.getMessage(error.messageKey(), error.arguments(), error.rule(), locale)));
            }
        }
        redirect.addFlashAttribute("refused", refused);
        return "redirect:/activities/import/files?jobs=" + (submitted.isEmpty() ? "0" : String.join(",", submitted));
    }

    /** The files of one upload, each one's progress followed live, saying which failed and why. */
    @GetMapping("/files")
    String files(@RequestParam("jobs") java.util.List<Long> ids, Model model) {
        java.util.List<ImportJob> jobs = imports.jobs(ids.stream().distinct().limit(100).toList());
        model.addAttribute("jobs", jobs);
        model.addAttribute("ids", jobs.stream().map(j -> String.valueOf(j.id())).collect(java.util.stream.Collectors.joining(",")));
        model.addAttribute("allFinished", jobs.stream().allMatch(ImportJob::finished));
        return "activities/import-files";
    }

    /** The fragment htmx polls while any of the files is still being imported. */
    @GetMapping("/files/progress")
    String filesProgress(@RequestParam("jobs") java.util.List<Long> ids, Model model) {
        files(ids, model);
        return "activities/import-files :: files";
    }

    @GetMapping("/{id:\\d+}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.job(id));
        model.addAttribute("rejections", imports.problemsByRule(id, "REJECTED", EXAMPLES));
        model.addAttribute("warnings", imports.problemsByRule(id, "WARNING", EXAMPLES));
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
