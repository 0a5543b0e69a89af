package org.concord.standards.internal.assessments;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Language;
import org.concord.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/standards/assessments")
class AssessmentPages {

    private final AssessmentService assessments;
    private final TemplateService templates;
    private final AssessmentPermissions permissions;
    private final BandScale bands;
    private final AssessmentCharts charts;
    private final java.time.Clock clock;

    AssessmentPages(AssessmentService assessments, TemplateService templates, AssessmentPermissions permissions,
                    BandScale bands, AssessmentCharts charts, java.time.Clock clock) {
        this.charts = charts;
        this.clock = clock;
        this.assessments = assessments;
        this.templates = templates;
        this.permissions = permissions;
        this.bands = bands;
    }

    @GetMapping("/templates")
    String templates(Model model, Locale locale) {
        model.addAttribute("templates", templates.latestEditions());
        model.addAttribute("textLanguage", Language.ofOrDefault(locale).tag());
        model.addAttribute("mayWrite", permissions.mayWriteTemplates());
        return "standards/assessments/templates";
    }

    @GetMapping("/templates/{id:\\d+}")
    String template(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("template", templates.get(id));
        model.addAttribute("textLanguage", Language.ofOrDefault(locale).tag());
        model.addAttribute("mayWrite", permissions.mayWriteTemplates());
        return "standards/assessments/template";
    }

    /** The institution's assessments over time: dates, bands, the chart of overall scores and its table. */
    @GetMapping("/institutions/{organisationId:\\d+}")
    String institution(@PathVariable long organisationId, Model model, Locale locale) {
        model.addAttribute("organisation", assessments.organisation(organisationId, locale));
        List<AssessmentView> history = assessments.historyFor(organisationId, locale);
        model.addAttribute("history", history);
        model.addAttribute("latest", history.stream().filter(a -> a.counting() != null).findFirst().orElse(null));
        List<java.util.Map<String, Object>> chart = chart(history);
        model.addAttribute("chart", chart);
        model.addAttribute("chartJson", charts.json(chart));
        model.addAttribute("bands", bands);
        if (permissions.mayAssess(organisationId)) {
            model.addAttribute("templates", templates.latestEditions());
            model.addAttribute("today", LocalDate.now(clock));
        }
        model.addAttribute("textLanguage", Language.ofOrDefault(locale).tag());
        return "standards/assessments/institution";
    }

    /** The points of the chart, oldest first: the counting (peer-review) overall score of each reviewed assessment. */
    private static List<java.util.Map<String, Object>> chart(List<AssessmentView> history) {
        List<java.util.Map<String, Object>> points = new ArrayList<>();
        for (AssessmentView a : reversed(history)) {
            if (a.counting() != null) {
                points.add(java.util.Map.of("date", a.assessedOn().toString(), "score", a.counting().reviewScore(),
                        "band", a.counting().reviewBand()));
            }
        }
        return points;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @PostMapping
    String start(@RequestParam long organisationId, @RequestParam long templateId,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn) {
        long id = assessments.start(templateId, organisationId, assessedOn);
        return "redirect:/standards/assessments/" + id + "/self-assessment";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        AssessmentView view = assessments.get(id, locale);
        model.addAttribute("assessment", view);
        model.addAttribute("mayAssess", view.status() == Assessment.Status.DRAFT && permissions.mayAssess(view.organisationId()));
        model.addAttribute("mayReview", view.status() == Assessment.Status.SUBMITTED && permissions.mayReview(view.organisationId()));
        model.addAttribute("mayPublish", view.status() == Assessment.Status.REVIEWED && !view.published()
                && permissions.mayPublish(view.organisationId(), view.reviewer()));
        return "standards/assessments/detail";
    }

    @GetMapping("/{id:\\d+}/self-assessment")
    String selfForm(@PathVariable long id, Model model, Locale locale) {
        AssessmentView view = assessments.get(id, locale);
        permissions.checkMayAssess(view.organisationId());
        if (view.status() != Assessment.Status.DRAFT) {
            return "redirect:/standards/assessments/" + id;
        }
        model.addAttribute("form", formOf(view, true));
        return answersPage(model, view, true);
    }

    @PostMapping("/{id:\\d+}/self-assessment")
    String saveSelf(@PathVariable long id, @Valid @ModelAttribute("form") AnswersForm form, BindingResult binding,
                    @RequestParam(defaultValue = "save") String action, Model model, Locale locale, RedirectAttributes redirect) {
        return save(id, form, binding, "submit".equals(action), true, model, locale, redirect);
    }

    @GetMapping("/{id:\\d+}/review")
    String reviewForm(@PathVariable long id, Model model, Locale locale) {
        AssessmentView view = assessments.get(id, locale);
        permissions.checkMayReview(view.organisationId());
        if (view.status() != Assessment.Status.SUBMITTED) {
            return "redirect:/standards/assessments/" + id;
        }
        model.addAttribute("form", formOf(view, false));
        return answersPage(model, view, false);
    }

    @PostMapping("/{id:\\d+}/review")
    String saveReview(@PathVariable long id, @Valid @ModelAttribute("form") AnswersForm form, BindingResult binding,
                      @RequestParam(defaultValue = "save") String action, Model model, Locale locale, RedirectAttributes redirect) {
        return save(id, form, binding, "complete".equals(action), false, model, locale, redirect);
    }

    @PostMapping("/{id:\\d+}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        assessments.publish(id);
        redirect.addFlashAttribute("notice", "assessment.notice.published");
        return "redirect:/standards/assessments/" + id;
    }

    private String save(long id, AnswersForm form, BindingResult binding, boolean finish, boolean self, Model model,
                        Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                if (self) {
                    assessments.saveSelf(id, form, finish);
                } else {
                    assessments.saveReview(id, form, finish);
                }
                redirect.addFlashAttribute("notice", finish ? (self ? "assessment.notice.submitted" : "assessment.notice.reviewed") : "assessment.notice.saved");
                return "redirect:/standards/assessments/" + id + (finish ? "" : self ? "/self-assessment" : "/review");
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (ObjectOptimisticLockingFailureException e) {
                binding.reject("error.conflict");
            }
        }
        return answersPage(model, assessments.get(id, locale), self);
    }

    private String answersPage(Model model, AssessmentView view, boolean self) {
        model.addAttribute("assessment", view);
        model.addAttribute("self", self);
        // the form's row of each question, by code: the page shows the questions in the template's order
        AnswersForm form = (AnswersForm) model.getAttribute("form");
        java.util.Map<String, Integer> rowIndex = new java.util.HashMap<>();
        for (int i = 0; i < form.getRows().size(); i++) {
            rowIndex.putIfAbsent(form.getRows().get(i).getQuestion(), i);
        }
        model.addAttribute("rowIndex", rowIndex);
        return "standards/assessments/answers";
    }

    private static AnswersForm formOf(AssessmentView view, boolean self) {
        AnswersForm form = new AnswersForm();
        form.setVersion(view.version());
        for (AssessmentView.SectionView s : view.sections()) {
            for (AssessmentView.QuestionView q : s.questions()) {
                form.getRows().add(self
                        ? new AnswersForm.Row(q.code(), q.selfScore(), q.justification(), q.evidence(), null)
                        : new AnswersForm.Row(q.code(), q.reviewScore(), null, null, q.reviewComment()));
            }
        }
        return form;
    }
}
