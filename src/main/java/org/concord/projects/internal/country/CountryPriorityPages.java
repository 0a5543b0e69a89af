package org.concord.projects.internal.country;

import java.util.Locale;
import org.concord.projects.internal.reference.ReformAreas;
import org.concord.shared.Country;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing a country's national SSR priorities (the country page itself is the portal's). */
@Controller
class CountryPriorityPages {

    private final CountryProfiles profiles;
    private final NationalPriorityService priorities;
    private final ReformAreas reformAreas;

    CountryPriorityPages(CountryProfiles profiles, NationalPriorityService priorities, ReformAreas reformAreas) {
        this.profiles = profiles;
        this.priorities = priorities;
        this.reformAreas = reformAreas;
    }

    @GetMapping("/countries/{code}/priorities")
    String priorities(@PathVariable String code, Model model, Locale locale) {
        CountryPriorityForm form = priorities.newForm();
        Country country = country(code, locale);
        model.addAttribute("form", form);
        return prioritiesPage(country, model, locale);
    }

    @PostMapping("/countries/{code}/priorities")
    String create(@PathVariable String code, @ModelAttribute("form") CountryPriorityForm form, BindingResult binding,
                  Model model, Locale locale, RedirectAttributes redirect) {
        Country country = country(code, locale);
        try {
            priorities.create(country.code(), form);
            redirect.addFlashAttribute("notice", "country.priority.saved");
            return "redirect:/countries/" + country.code() + "/priorities";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, binding);
            return prioritiesPage(country, model, locale);
        }
    }

    @GetMapping("/countries/{code}/priorities/{id:\\d+}/edit")
    String editForm(@PathVariable String code, @PathVariable long id, Model model, Locale locale) {
        Country country = country(code, locale);
        model.addAttribute("form", found(() -> priorities.formOf(country.code(), id)));
        return priorityForm(country, id, model, locale);
    }

    @PostMapping("/countries/{code}/priorities/{id:\\d+}")
    String update(@PathVariable String code, @PathVariable long id, @ModelAttribute("form") CountryPriorityForm form,
                  BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        Country country = country(code, locale);
        try {
            found(() -> {
                priorities.update(country.code(), id, form);
                return null;
            });
            redirect.addFlashAttribute("notice", "country.priority.saved");
            return "redirect:/countries/" + country.code() + "/priorities";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, binding);
        } catch (ObjectOptimisticLockingFailureException e) {
            binding.reject("error.conflict");
        }
        return priorityForm(country, id, model, locale);
    }

    @PostMapping("/countries/{code}/priorities/{id:\\d+}/delete")
    String delete(@PathVariable String code, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        Country country = country(code, locale);
        found(() -> {
            priorities.delete(country.code(), id);
            return null;
        });
        redirect.addFlashAttribute("notice", "country.priority.deleted");
        return "redirect:/countries/" + country.code() + "/priorities";
    }

    private String prioritiesPage(Country country, Model model, Locale locale) {
        model.addAttribute("country", country);
        model.addAttribute("priorities", profiles.priorities(country.code(), locale));
        model.addAttribute("areas", reformAreas.all(locale));
        return "countries/priorities";
    }

    private String priorityForm(Country country, long id, Model model, Locale locale) {
        model.addAttribute("country", country);
        model.addAttribute("priorityId", id);
        model.addAttribute("areas", reformAreas.all(locale));
        return "countries/priority-form";
    }

    /** The country of the address, or the 404 page. */
    private Country country(String code, Locale locale) {
        return found(() -> profiles.country(code, locale));
    }

    private static <T> T found(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
