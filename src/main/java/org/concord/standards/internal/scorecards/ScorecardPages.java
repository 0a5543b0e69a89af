package org.concord.standards.internal.scorecards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.concord.organisations.Organisations;
import org.concord.shared.Countries;
import org.concord.standards.Comparison;
import org.concord.standards.Scorecard;
import org.concord.standards.Subject;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The scorecard of a country or an institution, and the comparison heatmap: public to everyone, with the restricted
 * indicators a signed-in reader may see (never kept by the public page cache: it keeps anonymous readers' pages only).
 */
@Controller
class ScorecardPages {

    private final ScorecardService scorecards;
    private final Countries countries;
    private final Organisations organisations;

    ScorecardPages(ScorecardService scorecards, Countries countries, Organisations organisations) {
        this.scorecards = scorecards;
        this.countries = countries;
        this.organisations = organisations;
    }

    @GetMapping("/standards/scorecards")
    String index(@RequestParam Optional<String> country, @RequestParam Optional<Long> institution, Model model,
                 Locale locale) {
        if (country.filter(countries::exists).isPresent()) {
            return "redirect:/standards/scorecards/countries/" + country.get().toUpperCase(Locale.ROOT);
        }
        if (institution.isPresent()) {
            return "redirect:/standards/scorecards/institutions/" + institution.get();
        }
        model.addAttribute("countries", countries.all(locale));
        model.addAttribute("institutions", organisations.names(locale));
        return "standards/scorecards/index";
    }

    @GetMapping("/standards/scorecards/countries/{code}")
    String country(@PathVariable String code, Model model, Locale locale) {
        if (!code.matches("[A-Za-z]{2}") || !countries.exists(code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No country has the code " + code);
        }
        if (!code.equals(code.toUpperCase(Locale.ROOT))) {
            return "redirect:/standards/scorecards/countries/" + code.toUpperCase(Locale.ROOT);
        }
        return show(scorecards.forCountry(code, locale), model);
    }

    @GetMapping("/standards/scorecards/institutions/{id:\\d+}")
    String institution(@PathVariable long id, Model model, Locale locale) {
        if (organisations.find(id, locale).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No organisation has the id " + id);
        }
        return show(scorecards.forInstitution(id, locale), model);
    }

    private String show(Scorecard card, Model model) {
        var series = scorecards.series(card);
        model.addAttribute("card", card);
        model.addAttribute("series", ScorecardCharts.byIndicator(series));
        model.addAttribute("chartJson", ScorecardCharts.trends(card, series));
        return "standards/scorecards/scorecard";
    }

    @GetMapping("/standards/comparison")
    String comparison(@RequestParam(name = "country", defaultValue = "") List<String> countryCodes,
                      @RequestParam(name = "institution", defaultValue = "") List<Long> institutions,
                      @RequestParam(defaultValue = "status") String colour, Model model, Locale locale) {
        List<Subject> subjects = new ArrayList<>();
        countryCodes.stream().filter(countries::exists).map(Subject::country).forEach(subjects::add);
        institutions.stream().filter(id -> organisations.find(id, locale).isPresent()).map(Subject::institution)
                .forEach(subjects::add);
        Comparison comparison = scorecards.compare(subjects, locale);
        model.addAttribute("comparison", comparison);
        model.addAttribute("colour", "value".equals(colour) ? "value" : "status");
        model.addAttribute("chosenCountries", countryCodes);
        model.addAttribute("chosenInstitutions", institutions);
        model.addAttribute("countries", countries.all(locale));
        model.addAttribute("institutions", organisations.names(locale));
        model.addAttribute("limit", ScorecardService.MAX_COMPARED);
        model.addAttribute("tooMany", subjects.size() > ScorecardService.MAX_COMPARED);
        return "standards/scorecards/comparison";
    }
}
