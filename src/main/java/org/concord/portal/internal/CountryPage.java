package org.concord.portal.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import org.concord.projects.Activities;
import org.concord.projects.CountedTotals;
import org.concord.projects.CountryFigures;
import org.concord.projects.Transfer;
import org.concord.shared.Countries;
import org.concord.shared.Country;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A country's page and the world map, composed from the modules' APIs: the activity registry's who does what,
 * timeline, funding and priorities today; funding agreements, standards, oversight and recommendations add their
 * sections here through their own APIs, without reaching into another module.
 */
@Controller
class CountryPage {

    private final Activities activities;
    private final Countries countries;
    private final MessageSource messages;

    CountryPage(Activities activities, Countries countries, MessageSource messages) {
        this.activities = activities;
        this.countries = countries;
        this.messages = messages;
    }

    @GetMapping("/countries")
    String countries() {
        return "redirect:/map";
    }

    @GetMapping("/map")
    String map(@RequestParam(defaultValue = "activities") String measure, Model model, Locale locale) {
        String chosen = CountryFigures.MEASURES.contains(measure) ? measure : "activities";
        // the table lists countries by the figure the map shows
        var entries = "budget".equals(chosen)
                ? activities.countries(locale).stream()
                        .sorted(Comparator.comparing(CountryFigures::budgetUsd).reversed()).toList()
                : activities.countries(locale);
        model.addAttribute("measure", chosen);
        model.addAttribute("entries", entries);
        model.addAttribute("mapJson", ChartData.map(entries, chosen));
        model.addAttribute("regions", activities.regions(locale));
        model.addAttribute("rules", activities.countingRules(locale));
        return "portal/map";
    }

    @GetMapping("/countries/{code}")
    String country(@PathVariable String code, Model model, Locale locale) {
        Country country = (code.matches("[A-Za-z]{2}") ? countries.find(code, locale) : java.util.Optional.<Country>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No country has the code " + code));
        if (!country.code().equals(code)) {
            return "redirect:/countries/" + country.code();
        }
        String iso = country.code();
        model.addAttribute("country", country);
        CountedTotals totals = activities.countedInCountry(iso);
        model.addAttribute("totals", totals);
        model.addAttribute("rules", activities.countingRules(locale));
        model.addAttribute("matrix", activities.whoDoesWhat(iso, locale));
        var timeline = activities.timeline(iso, locale);
        var shown = ChartData.timelineShown(timeline);
        model.addAttribute("timeline", shown);
        model.addAttribute("timelineTotal", timeline.size());
        model.addAttribute("timelineJson", ChartData.timeline(shown));
        model.addAttribute("timelineLimit", ChartData.TIMELINE_ITEMS);
        var donors = activities.fundingByDonor(iso);
        model.addAttribute("donors", donors);
        model.addAttribute("donorsJson", ChartData.donors(donors,
                messages.getMessage("country.funding.others", null, locale)));
        model.addAttribute("priorities", activities.priorities(iso, locale, totals.budgetUsd()));
        var transfers = activities.transfersInCountry(iso);
        model.addAttribute("transfers", transfers.stream()
                .sorted(Comparator.comparing((Transfer t) -> t.amountUsd() == null ? BigDecimal.ZERO : t.amountUsd())
                        .reversed())
                .limit(ChartData.TRANSFERS).toList());
        model.addAttribute("transfersTotal", transfers.size());
        model.addAttribute("transfersLimit", ChartData.TRANSFERS);
        model.addAttribute("mayEdit", activities.mayEditPriorities());
        return "portal/country";
    }
}
