package org.concord.projects.internal.activities;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.projects.internal.iati.ActivityStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators enter (and later correct) an activity of their organisation by hand. */
@Controller
@RequestMapping("/activities")
class ActivityFormPages {

    private final ActivityEditing editing;
    private final ActivityService activities;
    private final Countries countries;
    private final IatiCodeNames codes;

    ActivityFormPages(ActivityEditing editing, ActivityService activities, Countries countries, IatiCodeNames codes) {
        this.editing = editing;
        this.activities = activities;
        this.countries = countries;
        this.codes = codes;
    }

    @GetMapping("/new")
    String newForm(Model model, Locale locale) {
        model.addAttribute("form", new ActivityForm());
        return form(model, locale, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ActivityForm form, BindingResult binding, Model model, Locale locale,
                  RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Map<String, String> names = activities.organisationsByRef(locale);
                long id = editing.create(form.toActivity(names.get(form.getReportingOrgRef()), names.get(form.getFunderRef()),
                        names.get(form.getImplementerRef())), form.isPublished());
                redirect.addFlashAttribute("notice", "activity.saved");
                return "redirect:/activities/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return form(model, locale, null);
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        ActivityService.ActivityDetail detail = activities.getToEditOnForm(id);
        model.addAttribute("form", ActivityForm.of(detail.activity(), detail.published()));
        return form(model, locale, id);
    }

    @PostMapping("/{id:\\d+}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult binding,
                  Model model, Locale locale, RedirectAttributes redirect) {
        activities.getToEditOnForm(id);
        if (!binding.hasErrors()) {
            try {
                Map<String, String> names = activities.organisationsByRef(locale);
                editing.update(id, form.toActivity(names.get(form.getReportingOrgRef()), names.get(form.getFunderRef()),
                        names.get(form.getImplementerRef())), form.isPublished());
                redirect.addFlashAttribute("notice", "activity.saved");
                return "redirect:/activities/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return form(model, locale, id);
    }

    /** The form, new or again with its mistakes: the service offers its choices only to those who may enter activities. */
    private String form(Model model, Locale locale, Long id) {
        ActivityService.FormChoices choices = activities.formChoices(locale, code -> codes.sector("1", code));
        model.addAttribute("activityId", id);
        model.addAttribute("reporters", choices.reporters());
        model.addAttribute("organisationsByRef", choices.organisationsByRef());
        model.addAttribute("countries", countries.all(locale));
        model.addAttribute("sectors", choices.purposeCodes());
        model.addAttribute("statuses", java.util.Arrays.stream(ActivityStatus.values()).map(ActivityStatus::code).toList());
        model.addAttribute("currencies", List.of("USD", "EUR", "GBP", "CHF", "SEK", "NOK", "DKK", "CAD", "AUD", "JPY"));
        return "activities/form";
    }
}
