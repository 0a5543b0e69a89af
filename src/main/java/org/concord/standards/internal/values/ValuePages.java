package org.concord.standards.internal.values;

import jakarta.validation.Valid;
import java.util.Locale;
import org.concord.organisations.Organisations;
import org.concord.shared.Countries;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.FormErrors;
import org.concord.standards.internal.indicators.IndicatorService;
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

/** Entering values, baselines and targets; submitting; the evaluators' "to verify" list with verify and return. */
@Controller
@RequestMapping("/standards")
class ValuePages {

    private final ValueService service;
    private final IndicatorService indicators;
    private final Organisations organisations;
    private final Countries countries;

    ValuePages(ValueService service, IndicatorService indicators, Organisations organisations, Countries countries) {
        this.service = service;
        this.indicators = indicators;
        this.organisations = organisations;
        this.countries = countries;
    }

    @GetMapping("/indicators/{id:\\d+}/values/new")
    String newValue(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("form", new ValueForm());
        return valueForm(id, model, locale);
    }

    @PostMapping("/indicators/{id:\\d+}/values")
    String enter(@PathVariable long id, @Valid @ModelAttribute("form") ValueForm form, BindingResult binding,
                 Model model, Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.enter(id, form);
                redirect.addFlashAttribute("notice", "standards.saved");
                return "redirect:/standards/indicators/" + id + "#values";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return valueForm(id, model, locale);
    }

    @GetMapping("/indicators/{id:\\d+}/{kind:baselines|targets}/new")
    String newReference(@PathVariable long id, @PathVariable String kind, Model model, Locale locale) {
        model.addAttribute("form", new ReferenceForm());
        return referenceForm(id, kind, model, locale);
    }

    @PostMapping("/indicators/{id:\\d+}/{kind:baselines|targets}")
    String setReference(@PathVariable long id, @PathVariable String kind, @Valid @ModelAttribute("form") ReferenceForm form,
                        BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                if (kind.equals("baselines")) {
                    service.setBaseline(id, form);
                } else {
                    service.setTarget(id, form);
                }
                redirect.addFlashAttribute("notice", "standards.saved");
                return "redirect:/standards/indicators/" + id + "#" + kind;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return referenceForm(id, kind, model, locale);
    }

    @PostMapping("/values/{id:\\d+}/{action:submit|verify|return}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String comment,
               @RequestParam(required = false) Long version, @RequestParam(defaultValue = "indicator") String back,
               RedirectAttributes redirect) {
        long indicatorId = service.row(id).indicatorId();
        try {
            switch (action) {
                case "submit" -> service.submit(id, version);
                case "verify" -> service.verify(id, version);
                default -> service.returnToDraft(id, comment, version);
            }
            redirect.addFlashAttribute("notice", "standards.value." + action + ".done");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.errors().get(0).messageKey());
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "error.conflict");
        }
        return back.equals("to-verify") ? "redirect:/standards/to-verify" : "redirect:/standards/indicators/" + indicatorId + "#values";
    }

    @GetMapping("/to-verify")
    String toVerify(Model model, Locale locale) {
        model.addAttribute("values", service.toVerify(500));
        model.addAttribute("organisationNames", organisations.names(locale));
        model.addAttribute("countryNames", countries);
        return "standards/to-verify";
    }

    private String valueForm(long indicatorId, Model model, Locale locale) {
        model.addAttribute("indicator", indicators.get(indicatorId, locale));
        model.addAttribute("countries", countries.all(locale));
        model.addAttribute("organisations", organisations.names(locale));
        return "standards/value-form";
    }

    private String referenceForm(long indicatorId, String kind, Model model, Locale locale) {
        model.addAttribute("indicator", indicators.get(indicatorId, locale));
        model.addAttribute("kind", kind);
        model.addAttribute("countries", countries.all(locale));
        model.addAttribute("organisations", organisations.names(locale));
        return "standards/reference-form";
    }
}
