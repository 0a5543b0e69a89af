package org.concord.projects.internal.activities;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.organisations.Organisations;
import org.concord.shared.Countries;
import org.concord.shared.InvalidInputException;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Role;
import org.concord.shared.web.FormErrors;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final Organisations organisations;
    private final Countries countries;
    private final IatiCodeNames codes;
    private final JdbcTemplate jdbc;

    ActivityFormPages(ActivityEditing editing, ActivityService activities, Organisations organisations,
                      Countries countries, IatiCodeNames codes, JdbcTemplate jdbc) {
        this.editing = editing;
        this.activities = activities;
        this.organisations = organisations;
        this.countries = countries;
        this.codes = codes;
        this.jdbc = jdbc;
    }

    @GetMapping("/new")
    String newForm(Model model, Locale locale) {
        CurrentActor.check(mayEnter(CurrentActor.require()));
        model.addAttribute("form", new ActivityForm());
        return form(model, locale, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ActivityForm form, BindingResult binding, Model model, Locale locale,
                  RedirectAttributes redirect) {
        CurrentActor.check(mayEnter(CurrentActor.require()));
        if (!binding.hasErrors()) {
            try {
                Map<String, String> names = namesByRef(locale);
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
        ActivityService.ActivityDetail detail = activities.get(id);
        CurrentActor.check(editing.mayEdit(detail.activity()) && "manual".equals(detail.source()));
        model.addAttribute("form", ActivityForm.of(detail.activity(), detail.published()));
        return form(model, locale, id);
    }

    @PostMapping("/{id:\\d+}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult binding,
                  Model model, Locale locale, RedirectAttributes redirect) {
        ActivityService.ActivityDetail detail = activities.get(id);
        CurrentActor.check(editing.mayEdit(detail.activity()) && "manual".equals(detail.source()));
        if (!binding.hasErrors()) {
            try {
                Map<String, String> names = namesByRef(locale);
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

    static boolean mayEnter(Actor actor) {
        return actor.isAdmin() || actor.hasAnywhere(Role.COORDINATOR);
    }

    /** Organisations that have an IATI identifier, by that identifier, named for the reader. */
    private Map<String, String> namesByRef(Locale locale) {
        Map<Long, String> refs = new java.util.HashMap<>();
        organisations.idsByIatiIdentifier().forEach((ref, id) -> refs.put(id, ref));
        Map<String, String> byRef = new LinkedHashMap<>();
        organisations.names(locale).forEach((id, name) -> {
            if (refs.containsKey(id)) {
                byRef.put(refs.get(id), name);
            }
        });
        return byRef;
    }

    private String form(Model model, Locale locale, Long id) {
        Actor actor = CurrentActor.require();
        Map<String, String> all = namesByRef(locale);
        Map<String, Long> ids = organisations.idsByIatiIdentifier();
        // the organisations a coordinator may report for: those they coordinate and everything below them (one query)
        java.util.Set<Long> coordinated = actor.isAdmin() ? null : organisations.descendantsAndSelf(actor.grants().stream()
                .filter(g -> g.role() == Role.COORDINATOR && g.organisationId() != null)
                .map(org.concord.shared.security.Grant::organisationId).toList());
        Map<String, String> own = new LinkedHashMap<>();
        all.forEach((ref, name) -> {
            if (coordinated == null || coordinated.contains(ids.get(ref))) {
                own.put(ref, name);
            }
        });
        Map<String, String> sectors = new LinkedHashMap<>();
        for (String code : jdbc.queryForList("select sector_code from reform_area_sector where vocabulary = '1' order by 1", String.class)) {
            sectors.put(code, code + " — " + codes.sector("1", code));
        }
        model.addAttribute("activityId", id);
        model.addAttribute("reporters", own);
        model.addAttribute("organisationsByRef", all);
        model.addAttribute("countries", countries.all(locale));
        model.addAttribute("sectors", sectors);
        model.addAttribute("statuses", List.of("1", "2", "3", "4", "5", "6"));
        model.addAttribute("currencies", List.of("USD", "EUR", "GBP", "CHF", "SEK", "NOK", "DKK", "CAD", "AUD", "JPY"));
        return "activities/form";
    }
}
