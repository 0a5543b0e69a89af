package org.concord.funding.internal.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.concord.funding.internal.FundingPermissions;
import org.concord.funding.internal.agreements.AgreementForm;
import org.concord.funding.internal.agreements.AgreementService;
import org.concord.funding.internal.agreements.AgreementStatus;
import org.concord.funding.internal.agreements.ConfidentialField;
import org.concord.funding.internal.money.FundingMoney;
import org.concord.funding.internal.view.AgreementQueries;
import org.concord.funding.internal.view.FundingAgreementsService;
import org.concord.organisations.Organisations;
import org.concord.projects.Activities;
import org.concord.projects.ActivitySummary;
import org.concord.shared.Countries;
import org.concord.shared.InvalidInputException;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
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

/** The agreements list and the form that records or edits an agreement's terms. */
@Controller
@RequestMapping("/funding/agreements")
class AgreementPages {

    private final FundingAgreementsService list;
    private final AgreementService agreements;
    private final FundingPermissions permissions;
    private final Organisations organisations;
    private final Activities activities;
    private final Countries countries;
    private final FundingMoney money;

    AgreementPages(FundingAgreementsService list, AgreementService agreements, FundingPermissions permissions,
                   Organisations organisations, Activities activities, Countries countries, FundingMoney money) {
        this.money = money;
        this.list = list;
        this.agreements = agreements;
        this.permissions = permissions;
        this.organisations = organisations;
        this.activities = activities;
        this.countries = countries;
    }

    @GetMapping
    String list(@RequestParam(required = false) String country, @RequestParam(required = false) Long funder,
                @RequestParam(required = false) Long recipient, @RequestParam(required = false) String status,
                @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String currency,
                Model model, Locale locale) {
        AgreementQueries.Filter filter = new AgreementQueries.Filter(country, funder, recipient, status, page, 25);
        model.addAttribute("filter", filter);
        model.addAttribute("result", list.list(filter, locale));
        String chosen = FundingMoney.chosen(currency);
        model.addAttribute("currency", chosen);
        model.addAttribute("money", money.totals(list.all(filter, locale), chosen));
        model.addAttribute("organisations", organisations.names(locale));
        model.addAttribute("countries", countries.all(locale));
        model.addAttribute("countryNames", countries);
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("mayRecord", permissions.mayRecord());
        return "funding/list";
    }

    @GetMapping("/new")
    String newForm(Model model, Locale locale) {
        CurrentActor.enforce(a -> permissions.mayRecord());
        AgreementForm form = new AgreementForm();
        form.setCurrency("EUR");
        model.addAttribute("form", form);
        return form(model, locale, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult binding, Model model, Locale locale,
                  RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                long id = agreements.create(form);
                redirect.addFlashAttribute("notice", "agreement.saved");
                return "redirect:/funding/agreements/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return form(model, locale, null);
    }

    @GetMapping("/{agreementId:\\d+}/edit")
    String editForm(@PathVariable("agreementId") long id, Model model, Locale locale) {
        model.addAttribute("form", agreements.formOf(id));
        return form(model, locale, id);
    }

    @PostMapping("/{agreementId:\\d+}")
    String update(@PathVariable("agreementId") long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult binding,
                  Model model, Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                agreements.update(id, form);
                redirect.addFlashAttribute("notice", "agreement.saved");
                return "redirect:/funding/agreements/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (ObjectOptimisticLockingFailureException e) {
                binding.reject("error.conflict");
            }
        }
        return form(model, locale, id);
    }

    private String form(Model model, Locale locale, Long id) {
        Map<Long, String> names = organisations.names(locale);
        AgreementForm form = (AgreementForm) model.getAttribute("form");
        model.addAttribute("agreementId", id);
        model.addAttribute("funders", funderChoices(names));
        model.addAttribute("recipients", names);
        model.addAttribute("countries", countries.all(locale));
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("confidentialFields", ConfidentialField.values());
        model.addAttribute("activityChoices", activityChoices(form));
        return "funding/form";
    }

    /** The organisations the person may record agreements for: those they coordinate and those below (all, for administrators). */
    private Map<Long, String> funderChoices(Map<Long, String> names) {
        var actor = CurrentActor.require();
        if (actor.isAdmin()) {
            return names;
        }
        var coordinated = actor.grants().stream().filter(g -> g.role() == Role.COORDINATOR && g.organisationId() != null)
                .map(Grant::organisationId).toList();
        var allowed = organisations.descendantsAndSelf(coordinated);
        Map<Long, String> choices = new LinkedHashMap<>();
        names.forEach((orgId, name) -> {
            if (allowed.contains(orgId)) {
                choices.put(orgId, name);
            }
        });
        return choices;
    }

    /** Activities to link: those of the funder and the recipient, and those in the country, with any linked already. */
    private Map<Long, String> activityChoices(AgreementForm form) {
        Map<Long, String> choices = new LinkedHashMap<>();
        java.util.List<ActivitySummary> found = new java.util.ArrayList<>();
        if (form.getFunderId() != null) {
            found.addAll(activities.ofOrganisation(form.getFunderId(), 100));
        }
        if (form.getRecipientId() != null) {
            found.addAll(activities.ofOrganisation(form.getRecipientId(), 100));
        }
        if (form.getCountry() != null && !form.getCountry().isBlank()) {
            found.addAll(activities.inCountry(form.getCountry(), 100));
        }
        found.addAll(activities.summaries(form.getActivityIds()));
        found.forEach(a -> choices.putIfAbsent(a.id(), a.title() + (a.iatiIdentifier() == null ? "" : " (" + a.iatiIdentifier() + ")")));
        return choices;
    }
}
