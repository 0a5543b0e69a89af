package org.concord.funding.internal.phaseout;

import org.concord.funding.InstitutionCurve;
import org.concord.funding.OwnershipYear;
import jakarta.validation.Valid;
import java.util.Locale;
import org.concord.shared.Countries;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.concord.funding.internal.money.FundingMoney;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sunset clause of an agreement (public), its form (the funder's), and the ownership curves (public). */
@Controller
class PhaseOutPages {

    /** Blank rows the form offers below the plan's years. */
    private static final int BLANK_ROWS = 3;

    private final PhaseOutService service;
    private final OwnershipService ownership;
    private final Countries countries;

    PhaseOutPages(PhaseOutService service, OwnershipService ownership, Countries countries) {
        this.service = service;
        this.ownership = ownership;
        this.countries = countries;
    }

    @GetMapping("/funding/agreements/{id:\\d+}/phase-out")
    String plan(@PathVariable long id, Model model) {
        PhaseOutPlan plan = service.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("mayEdit", service.mayEdit(plan));
        return "funding/phase-out";
    }

    @GetMapping("/funding/agreements/{id:\\d+}/phase-out/edit")
    String edit(@PathVariable long id, Model model) {
        PhaseOutPlan plan = service.plan(id);
        if (!service.mayEdit(plan)) {
            throw new org.springframework.security.access.AccessDeniedException("not the funder's coordinator");
        }
        model.addAttribute("form", PhaseOutForm.of(plan));
        return form(plan, model);
    }

    @PostMapping("/funding/agreements/{id:\\d+}/phase-out")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") PhaseOutForm form, BindingResult binding,
                Model model, RedirectAttributes redirect) {
        PhaseOutPlan plan = service.plan(id);
        if (!binding.hasErrors()) {
            try {
                service.record(id, form);
                redirect.addFlashAttribute("notice", "phaseout.saved");
                return "redirect:/funding/agreements/" + id + "/phase-out";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (ObjectOptimisticLockingFailureException e) {
                binding.reject("error.conflict");
            }
        }
        return form(plan, model);
    }

    private String form(PhaseOutPlan plan, Model model) {
        PhaseOutForm form = (PhaseOutForm) model.getAttribute("form");
        for (int i = 0; i < BLANK_ROWS; i++) {
            form.getYears().add(new PhaseOutForm.YearRow());
        }
        model.addAttribute("plan", plan);
        return "funding/phase-out-form";
    }

    @GetMapping("/funding/ownership/institutions/{id:\\d+}")
    String institution(@PathVariable long id, @RequestParam(required = false) String currency, Model model,
                       Locale locale) {
        String chosen = FundingMoney.chosen(currency);
        model.addAttribute("currency", chosen);
        InstitutionCurve curve = ownership.institution(id, chosen, locale);
        if (curve.institutionName() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No organisation has the id " + id);
        }
        model.addAttribute("curve", curve);
        model.addAttribute("charts", OwnershipChart.json(curve));
        return "funding/ownership-institution";
    }

    @GetMapping("/funding/ownership/countries/{code:[A-Z]{2}}")
    String country(@PathVariable String code, @RequestParam(required = false) String currency, Model model,
                   Locale locale) {
        String chosen = FundingMoney.chosen(currency);
        model.addAttribute("currency", chosen);
        var country = countries.find(code, locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No country has the code " + code));
        var curves = ownership.country(code, chosen, locale);
        model.addAttribute("country", country);
        model.addAttribute("curves", curves);
        model.addAttribute("charts", curves.stream().collect(java.util.stream.Collectors.toMap(
                InstitutionCurve::institutionId, OwnershipChart::json)));
        return "funding/ownership-country";
    }
}
