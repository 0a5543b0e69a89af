package org.concord.standards.internal.wgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.organisations.Organisations;
import org.concord.shared.InvalidInputException;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The governance indicators upload: map a file's columns once, then import each edition with the saved mapping. */
@Controller
class WgiImportPages {

    private final WgiMappings mappings;
    private final WgiImport imports;
    private final WgiPermissions permissions;
    private final Organisations organisations;

    WgiImportPages(WgiMappings mappings, WgiImport imports, WgiPermissions permissions, Organisations organisations) {
        this.mappings = mappings;
        this.imports = imports;
        this.permissions = permissions;
        this.organisations = organisations;
    }

    @GetMapping("/standards/wgi")
    String page(Model model, Locale locale) {
        CurrentActor.check(permissions.mayImportAnywhere());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WgiMappingForm.published());
        }
        model.addAttribute("mappings", mappings.all());
        model.addAttribute("owners", owners(locale));
        model.addAttribute("columns", WgiColumn.values());
        return "standards/wgi/import";
    }

    private Map<Long, String> owners(Locale locale) {
        Set<Long> allowed = permissions.importableOrganisations(CurrentActor.require());
        Map<Long, String> owners = new LinkedHashMap<>();
        organisations.names(locale).forEach((id, name) -> {
            if (allowed == null || allowed.contains(id)) {
                owners.put(id, name);
            }
        });
        return owners;
    }

    @PostMapping("/standards/wgi/mappings")
    String saveMapping(@ModelAttribute("form") WgiMappingForm form, BindingResult binding, Model model, Locale locale,
                       RedirectAttributes redirect) {
        CurrentActor.check(permissions.mayImportAnywhere());
        try {
            if (form.getOwnerOrganisationId() == null) {
                throw new InvalidInputException("ownerOrganisationId", "required");
            }
            mappings.save(form.getName(), form.getOwnerOrganisationId(), form.headers());
        } catch (InvalidInputException e) {
            FormErrors.apply(e, binding);
            return page(model, locale);
        }
        redirect.addFlashAttribute("notice", "wgi.mapping.saved");
        return "redirect:/standards/wgi";
    }

    @PostMapping("/standards/wgi/imports")
    String importFile(@RequestParam long mapping, @RequestParam("file") MultipartFile file, Model model, Locale locale) {
        CurrentActor.check(permissions.mayImportAnywhere());
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("report", imports.importFile(mapping, in));
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", e.errors().get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        model.addAttribute("chosenMapping", mapping);
        return page(model, locale);
    }
}
