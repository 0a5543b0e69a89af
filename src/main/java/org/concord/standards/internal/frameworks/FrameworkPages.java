package org.concord.standards.internal.frameworks;

import jakarta.validation.Valid;
import java.util.Locale;
import org.concord.organisations.Organisations;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.FormErrors;
import org.concord.standards.internal.LocalNames;
import org.concord.standards.internal.StandardsPermissions;
import org.concord.standards.internal.Visibility;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/standards")
class FrameworkPages {

    private final FrameworkService service;
    private final StandardsPermissions permissions;
    private final Organisations organisations;

    FrameworkPages(FrameworkService service, StandardsPermissions permissions, Organisations organisations) {
        this.service = service;
        this.permissions = permissions;
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        model.addAttribute("frameworks", service.list(locale));
        model.addAttribute("mayCreate", permissions.mayDefineAnything());
        model.addAttribute("isEvaluator", permissions.isEvaluator());
        return "standards/frameworks";
    }

    @GetMapping("/frameworks/{id:\\d+}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        FrameworkView framework = service.get(id, locale);
        model.addAttribute("framework", framework);
        model.addAttribute("mayEdit", permissions.mayDefine(framework.ownerOrganisationId()));
        return "standards/framework";
    }

    @GetMapping("/frameworks/new")
    String newForm(Model model, Locale locale) {
        org.concord.shared.security.CurrentActor.enforce(a -> permissions.mayDefineAnything());
        FrameworkForm form = new FrameworkForm();
        form.setNames(LocalNames.withEveryLanguage(new java.util.ArrayList<>()));
        model.addAttribute("form", form);
        return form(model, locale, null);
    }

    @PostMapping("/frameworks")
    String create(@Valid @ModelAttribute("form") FrameworkForm form, BindingResult binding, Model model, Locale locale,
                  RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                long id = service.create(form);
                redirect.addFlashAttribute("notice", "standards.saved");
                return "redirect:/standards/frameworks/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return form(model, locale, null);
    }

    @GetMapping("/frameworks/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("form", service.formOf(id));
        return form(model, locale, id);
    }

    @PostMapping("/frameworks/{id:\\d+}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") FrameworkForm form, BindingResult binding,
                  Model model, Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.update(id, form);
                redirect.addFlashAttribute("notice", "standards.saved");
                return "redirect:/standards/frameworks/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (ObjectOptimisticLockingFailureException e) {
                binding.reject("error.conflict");
            }
        }
        return form(model, locale, id);
    }

    @GetMapping("/frameworks/{id:\\d+}/standards/new")
    String newStandard(@PathVariable long id, Model model, Locale locale) {
        permissions.checkMayDefine(service.visible(id).ownerOrganisationId());
        StandardForm form = new StandardForm();
        form.setNames(LocalNames.withEveryLanguage(new java.util.ArrayList<>()));
        model.addAttribute("form", form);
        return standardForm(model, locale, id, null);
    }

    @PostMapping("/frameworks/{id:\\d+}/standards")
    String addStandard(@PathVariable long id, @Valid @ModelAttribute("form") StandardForm form, BindingResult binding,
                       Model model, Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.addStandard(id, form);
                redirect.addFlashAttribute("notice", "standards.saved");
                return "redirect:/standards/frameworks/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return standardForm(model, locale, id, null);
    }

    @GetMapping("/standards/{id:\\d+}/edit")
    String editStandard(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("form", service.standardFormOf(id));
        return standardForm(model, locale, service.standard(id).frameworkId(), id);
    }

    @PostMapping("/standards/{id:\\d+}")
    String updateStandard(@PathVariable long id, @Valid @ModelAttribute("form") StandardForm form, BindingResult binding,
                          Model model, Locale locale, RedirectAttributes redirect) {
        long frameworkId = service.standard(id).frameworkId();
        if (!binding.hasErrors()) {
            try {
                service.updateStandard(id, form);
                redirect.addFlashAttribute("notice", "standards.saved");
                return "redirect:/standards/frameworks/" + frameworkId;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (ObjectOptimisticLockingFailureException e) {
                binding.reject("error.conflict");
            }
        }
        return standardForm(model, locale, frameworkId, id);
    }

    private String form(Model model, Locale locale, Long id) {
        FrameworkForm form = (FrameworkForm) model.getAttribute("form");
        LocalNames.withEveryLanguage(form.getNames());
        model.addAttribute("frameworkId", id);
        model.addAttribute("owners", organisations.names(locale));
        model.addAttribute("visibilities", Visibility.values());
        return "standards/framework-form";
    }

    private String standardForm(Model model, Locale locale, long frameworkId, Long standardId) {
        StandardForm form = (StandardForm) model.getAttribute("form");
        LocalNames.withEveryLanguage(form.getNames());
        model.addAttribute("framework", service.get(frameworkId, locale));
        model.addAttribute("standardId", standardId);
        return "standards/standard-form";
    }
}
