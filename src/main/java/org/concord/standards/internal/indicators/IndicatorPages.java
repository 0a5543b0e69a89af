package org.concord.standards.internal.indicators;

import jakarta.validation.Valid;
import java.util.Locale;
import org.concord.organisations.Organisations;
import org.concord.shared.Countries;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.FormErrors;
import org.concord.standards.Direction;
import org.concord.standards.Subject;
import org.concord.standards.Unit;
import org.concord.standards.internal.LocalNames;
import org.concord.standards.internal.StandardsPermissions;
import org.concord.standards.internal.Visibility;
import org.concord.standards.internal.frameworks.FrameworkService;
import org.concord.standards.internal.values.ValuePage;
import org.concord.standards.internal.values.ValueService;
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
@RequestMapping("/standards/indicators")
class IndicatorPages {

    private final IndicatorService service;
    private final FrameworkService frameworks;
    private final ValueService values;
    private final StandardsPermissions permissions;
    private final Organisations organisations;
    private final Countries countries;

    IndicatorPages(IndicatorService service, FrameworkService frameworks, ValueService values,
                   StandardsPermissions permissions, Organisations organisations, Countries countries) {
        this.service = service;
        this.frameworks = frameworks;
        this.values = values;
        this.permissions = permissions;
        this.organisations = organisations;
        this.countries = countries;
    }

    /** How many values the indicator's page lists at a time. */
    static final int VALUES_PER_PAGE = 50;

    /** The subject of the values filter, "country:UA" or "institution:42"; anything else is no filter. */
    static Subject subjectOf(String key) {
        if (key == null) {
            return null;
        }
        if (key.matches("country:[A-Za-z]{2}")) {
            return Subject.country(key.substring(8));
        }
        if (key.matches("institution:\\d{1,18}")) {
            return Subject.institution(Long.parseLong(key.substring(12)));
        }
        return null;
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, @RequestParam(required = false) String subject,
                  @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        IndicatorView indicator = service.get(id, locale);
        model.addAttribute("indicator", indicator);
        Subject chosen = subjectOf(subject);
        ValuePage result = values.pageOfIndicator(id, chosen, page, VALUES_PER_PAGE);
        model.addAttribute("values", result.items());
        model.addAttribute("result", result);
        model.addAttribute("subjects", values.subjectsOfIndicator(id));
        model.addAttribute("chosenSubject", chosen == null ? null : chosen.key());
        model.addAttribute("valuesLink", "/standards/indicators/" + id
                + (chosen == null ? "" : "?subject=" + java.net.URLEncoder.encode(chosen.key(), java.nio.charset.StandardCharsets.UTF_8)));
        model.addAttribute("baselines", values.baselines(id));
        model.addAttribute("targets", values.targets(id));
        model.addAttribute("organisationNames", organisations.names(locale));
        model.addAttribute("countryNames", countries);
        model.addAttribute("mayEdit", permissions.mayDefine(indicator.ownerOrganisationId()));
        model.addAttribute("mayEnter", permissions.mayDefineAnything());
        model.addAttribute("ownerId", indicator.ownerOrganisationId());
        return "standards/indicator";
    }

    @GetMapping("/new")
    String newForm(@RequestParam long standardId, Model model, Locale locale) {
        permissions.checkMayDefine(frameworks.visible(frameworks.standard(standardId).frameworkId()).ownerOrganisationId());
        IndicatorForm form = new IndicatorForm();
        form.setStandardId(standardId);
        form.setOwnerOrganisationId(frameworks.visible(frameworks.standard(standardId).frameworkId()).ownerOrganisationId());
        model.addAttribute("form", form);
        return form(model, locale, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult binding, Model model, Locale locale,
                  RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                long id = service.create(form);
                redirect.addFlashAttribute("notice", "standards.saved");
                return "redirect:/standards/indicators/" + id;
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
    String update(@PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult binding,
                  Model model, Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.update(id, form);
                redirect.addFlashAttribute("notice", "standards.saved");
                return "redirect:/standards/indicators/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (ObjectOptimisticLockingFailureException e) {
                binding.reject("error.conflict");
            }
        }
        return form(model, locale, id);
    }

    private String form(Model model, Locale locale, Long id) {
        IndicatorForm form = (IndicatorForm) model.getAttribute("form");
        LocalNames.withEveryLanguage(form.getNames());
        model.addAttribute("indicatorId", id);
        model.addAttribute("owners", organisations.names(locale));
        model.addAttribute("units", Unit.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("dimensions", Dimension.values());
        return "standards/indicator-form";
    }
}
