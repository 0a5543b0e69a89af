package org.concord.portal.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import org.concord.projects.Activities;
import org.concord.projects.CountedTotals;
import org.concord.projects.CountryFigures;
import org.concord.projects.CountryPriority;
import org.concord.projects.FundingByDonor;
import org.concord.projects.TimelineItem;
import org.concord.projects.Transfer;
import org.concord.projects.WhoDoesWhat;
import org.concord.shared.cache.Precomputed;
import java.util.List;
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
    private final java.time.Clock clock;
    private final org.concord.standards.Scorecards scorecards;
    private final org.concord.funding.CountryFunding funding;

    /**
     * What a country's page shows, the same for every reader, until activities change: computing it takes half a
     * second at 100,000 activities. Per country, language and day (whether a priority's activities are active
     * depends on the day); the most recently read 300.
     */
    private final Precomputed<ViewKey, CountryView> views;

    private record ViewKey(String country, Locale language, java.time.LocalDate day) {
    }

    private record CountryView(CountedTotals totals, WhoDoesWhat matrix, List<TimelineItem> timeline, int timelineTotal,
                               String timelineJson, FundingByDonor donors, String donorsJson,
                               List<CountryPriority> priorities, List<Transfer> transfers, int transfersTotal) {
    }

    private final org.concord.oversight.OversightStatistics oversight;

    CountryPage(Activities activities, Countries countries, MessageSource messages, java.time.Clock clock,
                org.concord.oversight.OversightStatistics oversight, org.concord.standards.Scorecards scorecards,
                org.concord.funding.CountryFunding funding) {
        this.oversight = oversight;
        this.funding = funding;
        this.clock = clock;
        this.scorecards = scorecards;
        this.views = Precomputed.of(300, activities.dataVersion());
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
    String country(@PathVariable String code, @RequestParam(required = false) String currency, Model model,
                   Locale locale) {
        Country country = (code.matches("[A-Za-z]{2}") ? countries.find(code, locale) : java.util.Optional.<Country>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No country has the code " + code));
        if (!country.code().equals(code)) {
            return "redirect:/countries/" + country.code();
        }
        String iso = country.code();
        CountryView view = views.get(new ViewKey(iso, locale, java.time.LocalDate.now(clock)), () -> view(iso, locale));
        model.addAttribute("country", country);
        model.addAttribute("totals", view.totals());
        model.addAttribute("rules", activities.countingRules(locale));
        model.addAttribute("matrix", view.matrix());
        model.addAttribute("timeline", view.timeline());
        model.addAttribute("timelineTotal", view.timelineTotal());
        model.addAttribute("timelineJson", view.timelineJson());
        model.addAttribute("timelineLimit", ChartData.TIMELINE_ITEMS);
        model.addAttribute("donors", view.donors());
        model.addAttribute("donorsJson", view.donorsJson());
        model.addAttribute("priorities", view.priorities());
        model.addAttribute("transfers", view.transfers());
        model.addAttribute("transfersTotal", view.transfersTotal());
        model.addAttribute("transfersLimit", ChartData.TRANSFERS);
        model.addAttribute("mayEdit", activities.mayEditPriorities());
        // the oversight section: computed apart from the activities' view, which is kept per activity data version
        model.addAttribute("oversight", oversight.countryFigures(iso, locale));
        // not in the precomputed view: it follows the standards' values, not the activities (a few indexed lookups)
        model.addAttribute("scorecard", scorecards.forCountry(iso, locale));
        // per request, not kept with the view: what it shows depends on who reads (confidential amounts, conditions)
        // the funding amounts in the currency the reader chose (?currency=EUR), US dollars by default
        model.addAttribute("funding", funding.countrySection(iso, currency, locale));
        return "portal/country";
    }

    private CountryView view(String iso, Locale locale) {
        CountedTotals totals = activities.countedInCountry(iso);
        var timeline = activities.timeline(iso, locale);
        var shown = ChartData.timelineShown(timeline);
        var donors = activities.fundingByDonor(iso);
        var transfers = activities.transfersInCountry(iso);
        return new CountryView(totals, activities.whoDoesWhat(iso, locale), shown, timeline.size(),
                ChartData.timeline(shown), donors,
                ChartData.donors(donors, messages.getMessage("country.funding.others", null, locale)),
                activities.priorities(iso, locale, totals.budgetUsd()),
                transfers.stream()
                        .sorted(Comparator.comparing((Transfer t) -> t.amountUsd() == null ? BigDecimal.ZERO : t.amountUsd())
                                .reversed())
                        .limit(ChartData.TRANSFERS).toList(),
                transfers.size());
    }
}
