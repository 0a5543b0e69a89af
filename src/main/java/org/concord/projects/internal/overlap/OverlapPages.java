package org.concord.projects.internal.overlap;

import java.util.List;
import java.util.Locale;
import org.concord.shared.Countries;
import org.concord.shared.InvalidInputException;
import org.concord.projects.internal.ActivityPermissions;
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
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@RequestMapping("/overlaps")
class OverlapPages {

    private final OverlapService service;
    private final ReasonSentences sentences;
    private final Countries countries;
    private final ActivityPermissions permissions;

    OverlapPages(OverlapService service, ReasonSentences sentences, Countries countries, ActivityPermissions permissions) {
        this.permissions = permissions;
        this.service = service;
        this.sentences = sentences;
        this.countries = countries;
    }

    /** An open pair with its reasons said in the reader's language. */
    public record Row(OverlapView overlap, String reasons) {
    }

    @GetMapping
    String list(@RequestParam(required = false) String country, @RequestParam(defaultValue = "0") int page,
                Model model, Locale locale) {
        String filter = country != null && countries.exists(country) ? country.toUpperCase(Locale.ROOT) : null;
        OverlapService.OpenPairs result = service.open(filter, OverlapService.DEFAULT_LIMIT,
                (long) Math.max(page, 0) * OverlapService.DEFAULT_LIMIT);
        List<OverlapView> open = result.items();
        model.addAttribute("result", result);
        List<String> reasons = sentences.sentences(open, locale);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, open.size())
                .mapToObj(i -> new Row(open.get(i), reasons.get(i))).toList());
        model.addAttribute("country", filter);
        model.addAttribute("countries", countries.all(locale));
        model.addAttribute("mayDecide", permissions.mayTriageOverlaps());
        model.addAttribute("decisions", Decision.values());
        return "overlaps/list";
    }

    @PostMapping("/{a:\\d+}/{b:\\d+}/decision")
    String decide(@PathVariable long a, @PathVariable long b, @RequestParam(required = false) Decision decision,
                  @RequestParam(required = false) String note, @RequestParam(required = false) String country,
                  RedirectAttributes redirect) {
        try {
            service.decide(a, b, decision, note);
            redirect.addFlashAttribute("notice", "overlaps.decided");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("notice", "overlaps.decision.refused");
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/overlaps");
        if (country != null && countries.exists(country)) {
            back.queryParam("country", country.toUpperCase(Locale.ROOT));
        }
        return "redirect:" + back.toUriString();
    }

    @GetMapping("/settings")
    String settingsForm(Model model) {
        model.addAttribute("form", OverlapSettingsForm.of(service.settingsToEdit()));
        return "overlaps/settings";
    }

    @PostMapping("/settings")
    String updateSettings(@ModelAttribute("form") OverlapSettingsForm form, BindingResult binding,
                          RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            service.settingsToEdit(); // shown again with its mistakes only to those who may change them
        } else {
            try {
                service.updateSettings(form.settings());
                redirect.addFlashAttribute("notice", "overlaps.settings.saved");
                return "redirect:/overlaps";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return "overlaps/settings";
    }
}
