package org.concord.portal.internal;

import java.util.Locale;
import org.concord.projects.Activities;
import org.concord.projects.CountedTotals;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A recipient region's page: regional and global support (OECD DAC regions, e.g. 289 South of Sahara, 998 developing
 * countries unspecified), its counted figures and its activities, from the activity registry's API.
 */
@Controller
class RegionPage {

    /** How many activities the page lists; the activity list filtered by the region has them all. */
    static final int ACTIVITIES = 50;

    private final Activities activities;

    RegionPage(Activities activities) {
        this.activities = activities;
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable String code, Model model, Locale locale) {
        String name = activities.regionName(code, locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No region has the code " + code));
        CountedTotals totals = activities.countedInRegion(code);
        model.addAttribute("code", code);
        model.addAttribute("name", name);
        model.addAttribute("totals", totals);
        model.addAttribute("rules", activities.countingRules(locale));
        model.addAttribute("items", activities.inRegion(code, ACTIVITIES));
        model.addAttribute("limit", ACTIVITIES);
        return "portal/region";
    }
}
