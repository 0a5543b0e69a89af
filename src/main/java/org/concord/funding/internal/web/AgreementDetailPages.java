package org.concord.funding.internal.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.function.Consumer;
import org.concord.funding.internal.agreements.AgreementService;
import org.concord.funding.internal.agreements.Comparator;
import org.concord.funding.internal.agreements.ConditionForm;
import org.concord.funding.internal.agreements.ConditionKind;
import org.concord.funding.internal.agreements.TrancheForm;
import org.concord.funding.internal.release.ReleaseForm;
import org.concord.funding.internal.release.ReleaseService;
import org.concord.funding.internal.release.WaiverForm;
import org.concord.funding.internal.verification.EvidenceForm;
import org.concord.funding.internal.verification.VerificationForm;
import org.concord.funding.internal.verification.VerificationService;
import org.concord.funding.internal.view.AgreementDetail;
import org.concord.funding.internal.view.AgreementReader;
import org.concord.organisations.Organisations;
import org.concord.shared.Countries;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.FormErrors;
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
 * An agreement's page: public (less what the funder keeps confidential), with the tranche timeline, conditions by
 * status and waivers; and the small forms each party uses on it. A refused form comes back on the same page with
 * its message beside its fields.
 */
@Controller
@RequestMapping("/funding")
class AgreementDetailPages {

    private final AgreementReader reader;
    private final AgreementService agreements;
    private final VerificationService verification;
    private final ReleaseService releases;
    private final Organisations organisations;
    private final Countries countries;

    AgreementDetailPages(AgreementReader reader, AgreementService agreements, VerificationService verification,
                         ReleaseService releases, Organisations organisations, Countries countries) {
        this.reader = reader;
        this.agreements = agreements;
        this.verification = verification;
        this.releases = releases;
        this.organisations = organisations;
        this.countries = countries;
    }

    @GetMapping("/agreements/{id:\\d+}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        return page(id, model, locale, null);
    }

    @PostMapping("/agreements/{id:\\d+}/conditions")
    String addCondition(@PathVariable long id, @Valid @ModelAttribute("conditionForm") ConditionForm form,
                        BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        return run(binding, () -> agreements.addCondition(id, form), id, model, locale, redirect, "conditions", "condition.added");
    }

    @PostMapping("/agreements/{id:\\d+}/tranches")
    String addTranche(@PathVariable long id, @Valid @ModelAttribute("trancheForm") TrancheForm form,
                      BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        return run(binding, () -> agreements.addTranche(id, form), id, model, locale, redirect, "tranches", "tranche.added");
    }

    /** The evaluator organisation the funder assigns. */
    public static class EvaluatorForm {
        private Long evaluatorId;

        public Long getEvaluatorId() { return evaluatorId; }
        public void setEvaluatorId(Long evaluatorId) { this.evaluatorId = evaluatorId; }
    }

    @PostMapping("/agreements/{id:\\d+}/evaluators")
    String assignEvaluator(@PathVariable long id, @ModelAttribute("evaluatorForm") EvaluatorForm form,
                           BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        return run(binding, () -> agreements.assignEvaluator(id, form.getEvaluatorId()), id, model, locale, redirect,
                "evaluators", "evaluator.assigned");
    }

    @PostMapping("/conditions/{id:\\d+}/evidence")
    String evidence(@PathVariable long id, @Valid @ModelAttribute("evidenceForm") EvidenceForm form,
                    BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        long agreement = verification.condition(id).agreementId();
        model.addAttribute("formCondition", id);
        return run(binding, () -> verification.submitEvidence(id, form), agreement, model, locale, redirect,
                "condition-" + id, "evidence.notice");
    }

    @PostMapping("/conditions/{id:\\d+}/verifications")
    String verify(@PathVariable long id, @Valid @ModelAttribute("verificationForm") VerificationForm form,
                  BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        long agreement = verification.condition(id).agreementId();
        model.addAttribute("formCondition", id);
        return run(binding, () -> verification.verify(id, form), agreement, model, locale, redirect,
                "condition-" + id, "verification.notice");
    }

    @PostMapping("/conditions/{id:\\d+}/waiver")
    String waive(@PathVariable long id, @Valid @ModelAttribute("waiverForm") WaiverForm form, BindingResult binding,
                 Model model, Locale locale, RedirectAttributes redirect) {
        long agreement = verification.condition(id).agreementId();
        model.addAttribute("formCondition", id);
        return run(binding, () -> releases.waive(id, form), agreement, model, locale, redirect,
                "condition-" + id, "waiver.notice");
    }

    @PostMapping("/tranches/{id:\\d+}/release")
    String release(@PathVariable long id, @RequestParam long agreement,
                   @ModelAttribute("releaseForm") ReleaseForm form, BindingResult binding, Model model,
                   Locale locale, RedirectAttributes redirect) {
        model.addAttribute("formTranche", id);
        return run(binding, () -> releases.release(id, form), agreement, model, locale, redirect,
                "tranche-" + id, "tranche.release.notice");
    }

    private String run(BindingResult binding, Runnable command, long agreementId, Model model, Locale locale,
                       RedirectAttributes redirect, String anchor, String notice) {
        if (!binding.hasErrors()) {
            try {
                command.run();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/funding/agreements/" + agreementId + "#" + anchor;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return page(agreementId, model, locale, anchor);
    }

    private String page(long id, Model model, Locale locale, String failedForm) {
        AgreementDetail agreement = reader.read(id, locale);
        model.addAttribute("agreement", agreement);
        model.addAttribute("timelineJson", timelineJson(agreement));
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("countryNames", countries);
        addIfAbsent(model, "conditionForm", new ConditionForm());
        addIfAbsent(model, "trancheForm", new TrancheForm());
        addIfAbsent(model, "evidenceForm", new EvidenceForm(), f -> f.getDocuments().add(new EvidenceForm.DocumentRow()));
        addIfAbsent(model, "verificationForm", new VerificationForm());
        addIfAbsent(model, "waiverForm", new WaiverForm());
        addIfAbsent(model, "releaseForm", new ReleaseForm());
        addIfAbsent(model, "evaluatorForm", new EvaluatorForm());
        model.addAttribute("conditionKinds", ConditionKind.values());
        model.addAttribute("comparators", Comparator.values());
        if (agreement.access().mayEdit()) {
            model.addAttribute("organisationNames", organisations.names(locale));
        }
        return "funding/detail";
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /** The tranche timeline's figures (planned and released, by date), safe inside a script element. */
    static String timelineJson(AgreementDetail agreement) {
        java.util.List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
        for (AgreementDetail.TrancheView t : agreement.tranches()) {
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("position", t.position());
            row.put("planned", t.plannedDate().toString());
            row.put("plannedAmount", t.plannedAmount());
            row.put("released", t.releasedOn() == null ? null : t.releasedOn().toString());
            row.put("releasedAmount", t.releasedAmount());
            rows.add(row);
        }
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("currency", agreement.currency());
        data.put("tranches", rows);
        return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static <T> void addIfAbsent(Model model, String name, T value) {
        addIfAbsent(model, name, value, v -> { });
    }

    private static <T> void addIfAbsent(Model model, String name, T value, Consumer<T> prepare) {
        if (!model.containsAttribute(name)) {
            prepare.accept(value);
            model.addAttribute(name, value);
        }
    }
}
