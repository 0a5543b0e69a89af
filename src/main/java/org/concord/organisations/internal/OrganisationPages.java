package org.concord.organisations.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.concord.organisations.OrganisationSubtype;
import org.concord.organisations.OrganisationType;
import org.concord.organisations.OrganisationView;
import org.concord.organisations.SsrRole;
import org.concord.shared.Countries;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Language;
import org.concord.shared.web.FormErrors;
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

@Controller
@RequestMapping("/organisations")
class OrganisationPages {

    private final OrganisationService service;
    private final OrganisationPermissions permissions;
    private final Countries countries;

    OrganisationPages(OrganisationService service, OrganisationPermissions permissions, Countries countries) {
        this.service = service;
        this.permissions = permissions;
        this.countries = countries;
    }

    @GetMapping
    String list(@RequestParam(required = false) OrganisationType type, @RequestParam(required = false) String country,
                @RequestParam(required = false) SsrRole role, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model, Locale locale, HttpServletRequest request) {
        DirectoryQuery query = new DirectoryQuery(type, country, role, q, page, 25);
        model.addAttribute("query", query);
        model.addAttribute("result", service.list(query, locale));
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("roles", SsrRole.values());
        model.addAttribute("countries", countries.all(locale));
        model.addAttribute("countryNames", countries);
        model.addAttribute("mayCreate", permissions.mayCreate());
        // htmx asks for the results only when a filter changes
        return "true".equals(request.getHeader("HX-Request")) ? "organisations/list :: results" : "organisations/list";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        OrganisationView organisation = service.get(id, locale);
        model.addAttribute("organisation", organisation);
        model.addAttribute("countryNames", countries);
        model.addAttribute("mayEdit", permissions.mayEdit(id));
        return "organisations/detail";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long parentId, Model model, Locale locale) {
        model.addAttribute("form", service.newForm(parentId));
        return form(model, locale, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult binding, Model model,
                  Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                OrganisationView created = service.create(form, locale);
                redirect.addFlashAttribute("notice", "organisation.saved");
                return "redirect:/organisations/" + created.id();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return form(model, locale, null);
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("form", service.formOf(id));
        return form(model, locale, id);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult binding,
                  Model model, Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.update(id, form, locale);
                redirect.addFlashAttribute("notice", "organisation.saved");
                return "redirect:/organisations/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (ObjectOptimisticLockingFailureException e) {
                binding.reject("error.conflict");
            }
        }
        return form(model, locale, id);
    }

    /** The form again (new, or with its mistakes): only for those the service lets choose a parent. */
    private String form(Model model, Locale locale, Long id) {
        java.util.Map<Long, String> parents = service.parentChoices(id, locale);
        model.addAttribute("mayChangeIatiIdentifier", permissions.mayChangeIatiIdentifier());
        OrganisationForm form = (OrganisationForm) model.getAttribute("form");
        // one row per interface language, so names can be given in each
        for (Language language : Language.values()) {
            if (form.getNames().stream().noneMatch(n -> language.tag().equals(n.getLanguage()))) {
                OrganisationForm.NameRow row = new OrganisationForm.NameRow();
                row.setLanguage(language.tag());
                form.getNames().add(row);
            }
        }
        model.addAttribute("organisationId", id);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("subtypes", OrganisationSubtype.values());
        model.addAttribute("roles", SsrRole.values());
        model.addAttribute("countries", countries.all(locale));
        model.addAttribute("parents", parents);
        return "organisations/form";
    }
}
