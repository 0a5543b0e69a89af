package org.concord.projects.internal.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.shared.InvalidInputException;
import org.concord.projects.internal.ActivityPermissions;
import org.concord.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reform-area thesaurus page: public, since it explains how activities are counted by area; administrators
 * edit areas and the mapping from it, with plain forms (no JavaScript needed).
 */
@Controller
@RequestMapping("/activities/reform-areas")
class ReformAreaPages {

    static final String PATH = "/activities/reform-areas";
    private static final String AREA = "{code:[A-Z][A-Z0-9_]+}";
    private static final String MAPPING = "/mappings/{vocabulary:[12]}/{code:\\d{3}|\\d{5}}";

    private final ReformAreaService service;
    private final SectorMappings mappings;
    private final ActivityPermissions permissions;
    private final MessageSource messages;

    ReformAreaPages(ReformAreaService service, SectorMappings mappings, ActivityPermissions permissions,
                    MessageSource messages) {
        this.permissions = permissions;
        this.service = service;
        this.mappings = mappings;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        model.addAttribute("mappingForm", new SectorMappingForm());
        return listPage(model, locale);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", service.newForm());
        return "activities/reform-area-form";
    }

    @PostMapping
    String create(@ModelAttribute("form") ReformAreaForm form, BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            service.newForm(); // the form comes back with its mistakes only to those who may use it
        } else {
            try {
                String code = service.create(form);
                redirect.addFlashAttribute("notice", "reform-areas.saved");
                return "redirect:" + PATH + "#area-" + code;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return "activities/reform-area-form";
    }

    @GetMapping("/" + AREA + "/edit")
    String editForm(@PathVariable String code, Model model, Locale locale) {
        model.addAttribute("form", service.formOf(code));
        return editPage(code, model, locale);
    }

    @PostMapping("/" + AREA)
    String update(@PathVariable String code, @ModelAttribute("form") ReformAreaForm form, BindingResult binding,
                  Model model, Locale locale, RedirectAttributes redirect) {
        form.setCode(code);
        if (!binding.hasErrors()) {
            try {
                service.update(code, form);
                redirect.addFlashAttribute("notice", "reform-areas.saved");
                return "redirect:" + PATH + "#area-" + code;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (ObjectOptimisticLockingFailureException e) {
                binding.reject("error.conflict");
            }
        }
        return editPage(code, model, locale);
    }

    @PostMapping("/" + AREA + "/delete")
    String delete(@PathVariable String code, @RequestParam(required = false) Long version, Model model, Locale locale,
                  RedirectAttributes redirect) {
        try {
            service.delete(code, version);
            redirect.addFlashAttribute("notice", "reform-areas.deleted");
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            model.addAttribute("problem", message(e, locale));
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", messages.getMessage("error.conflict", null, locale));
        }
        model.addAttribute("form", service.formOf(code));
        return editPage(code, model, locale);
    }

    @PostMapping("/mappings")
    String map(@ModelAttribute("mappingForm") SectorMappingForm form, BindingResult binding, Model model, Locale locale,
               RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                ReformAreaService.MappingChange change = mappings.map(form.getVocabulary(), form.getCode(), form.getArea(),
                        false, null);
                redirect.addFlashAttribute("outcome", messages.getMessage("reform-areas.mapped", new Object[] {
                        form.getCode(), change.reclassifiedSectors(), change.reclassifiedActivities()}, locale));
                return "redirect:" + PATH + "#mappings";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return listPage(model, locale);
    }

    @PostMapping(MAPPING)
    String move(@PathVariable String vocabulary, @PathVariable String code, @RequestParam(required = false) String area,
                @RequestParam(required = false) String from, Locale locale, RedirectAttributes redirect) {
        try {
            ReformAreaService.MappingChange change = mappings.map(vocabulary, code, ReformAreaForm.trimmed(area), true,
                    ReformAreaForm.trimmed(from));
            redirect.addFlashAttribute("outcome", messages.getMessage("reform-areas.mapped", new Object[] {code,
                    change.reclassifiedSectors(), change.reclassifiedActivities()}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", message(e, locale));
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.conflict", null, locale));
        }
        return "redirect:" + PATH + "#mappings";
    }

    @PostMapping(MAPPING + "/delete")
    String unmap(@PathVariable String vocabulary, @PathVariable String code, @RequestParam(required = false) String from,
                 Locale locale, RedirectAttributes redirect) {
        try {
            ReformAreaService.MappingChange change = mappings.unmap(vocabulary, code, ReformAreaForm.trimmed(from));
            redirect.addFlashAttribute("outcome", messages.getMessage("reform-areas.unmapped", new Object[] {code,
                    change.reclassifiedSectors(), change.reclassifiedActivities()}, locale));
        } catch (ObjectOptimisticLockingFailureException | org.concord.shared.NotFoundException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.conflict", null, locale));
        }
        return "redirect:" + PATH + "#mappings";
    }

    @PostMapping("/reclassification")
    String reclassify(Locale locale, RedirectAttributes redirect) {
        ReformAreaService.Reclassification done = mappings.reclassifyAll();
        redirect.addFlashAttribute("outcome", messages.getMessage("reform-areas.reclassified", new Object[] {
                done.reclassifiedSectors(), done.reclassifiedActivities()}, locale));
        return "redirect:" + PATH;
    }

    private String listPage(Model model, Locale locale) {
        List<ReformAreaService.AreaView> areas = service.areas(locale);
        Map<String, String> names = new LinkedHashMap<>();
        areas.forEach(a -> names.put(a.code(), a.name()));
        model.addAttribute("areas", areas);
        model.addAttribute("areaNames", names);
        model.addAttribute("mappings", service.mappings());
        model.addAttribute("mayEdit", permissions.mayEditReferenceData());
        return "activities/reform-areas";
    }

    private String editPage(String code, Model model, Locale locale) {
        model.addAttribute("area", service.areaToEdit(code, locale));
        return "activities/reform-area-form";
    }

    /** The refusal's messages, in the reader's language, as one text. */
    private String message(InvalidInputException e, Locale locale) {
        return String.join(" ", e.errors().stream()
                .map(f -> messages.getMessage(f.messageKey(), f.arguments(), f.rule(), locale)).toList());
    }
}
