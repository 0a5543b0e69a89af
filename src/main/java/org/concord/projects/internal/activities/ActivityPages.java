package org.concord.projects.internal.activities;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.Locale;
import org.concord.projects.internal.ActivityPermissions;
import org.concord.projects.internal.reference.ReformAreas;
import org.concord.shared.Countries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/activities")
class ActivityPages {

    private final ActivityService activities;
    private final ReformAreas areas;
    private final Countries countries;
    private final org.concord.projects.internal.country.FundingFlows funding;
    private final ActivityPermissions permissions;
    private final ActivityHierarchy hierarchy;
    private final ActivityReport report;
    private final org.concord.projects.internal.iati.ActivityRules rules;
    private final org.springframework.context.MessageSource messages;

    /** The rules whose findings the activity page marks where the value is shown. */
    private static final java.util.Set<org.concord.projects.internal.iati.IatiRule> QUESTIONED = java.util.EnumSet.of(
            org.concord.projects.internal.iati.IatiRule.NEGATIVE_VALUE,
            org.concord.projects.internal.iati.IatiRule.DATE_FAR_FUTURE,
            org.concord.projects.internal.iati.IatiRule.ACTUAL_DATE_FUTURE);

    ActivityPages(ActivityService activities, ReformAreas areas, Countries countries,
                  org.concord.projects.internal.country.FundingFlows funding, ActivityPermissions permissions,
                  ActivityHierarchy hierarchy, java.time.Clock clock, org.springframework.context.MessageSource messages,
                  ActivityReport report) {
        this.report = report;
        this.hierarchy = hierarchy;
        this.rules = new org.concord.projects.internal.iati.ActivityRules(clock);
        this.messages = messages;
        this.activities = activities;
        this.areas = areas;
        this.countries = countries;
        this.funding = funding;
        this.permissions = permissions;
    }

    @GetMapping
    String list(@RequestParam(required = false) String country, @RequestParam(required = false) String region,
                @RequestParam(required = false) String area,
                @RequestParam(required = false) String funder, @RequestParam(required = false) String implementer,
                @RequestParam(required = false) String status, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) BigDecimal minBudget, @RequestParam(required = false) BigDecimal maxBudget,
                @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                @RequestParam(defaultValue = "0") int page, Model model, Locale locale, HttpServletRequest request) {
        ActivityQuery query = new ActivityQuery(country, region, area, funder, implementer, status, year, minBudget, maxBudget,
                q, sort, page, 25);
        model.addAttribute("query", query);
        model.addAttribute("result", activities.list(query, true, locale));
        model.addAttribute("areas", areas.byCode(locale));
        model.addAttribute("countryNames", countries);
        model.addAttribute("mayEnter", permissions.mayEnterActivities());
        model.addAttribute("mayImport", permissions.mayImport());
        return "true".equals(request.getHeader("HX-Request")) ? "activities/list :: results" : "activities/list";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        ActivityService.ActivityDetail detail = activities.get(id);
        model.addAttribute("detail", detail);
        model.addAttribute("a", detail.activity());
        model.addAttribute("money", ActivityMoney.of(detail.activity()));
        // values to question, by where they are (iati-activity[1]/transaction[2]/transaction-date), in the reader's words
        java.util.Map<String, String> questioned = new java.util.HashMap<>();
        rules.check(detail.activity()).warnings().stream().filter(w -> QUESTIONED.contains(w.key()))
                .forEach(w -> questioned.put(w.element(), messages.getMessage(w.key().messageKey(),
                        w.arguments().toArray(), w.rule(), locale)));
        model.addAttribute("questioned", questioned);
        model.addAttribute("report", report.of(detail.activity(), locale));
        model.addAttribute("chain", funding.chain(id));
        model.addAttribute("hierarchy", hierarchy.of(id));
        model.addAttribute("rules", funding.rules(locale));
        model.addAttribute("mayEdit", permissions.mayEditOnForm(detail.activity(), detail.source()));
        model.addAttribute("mayManage", permissions.mayEdit(detail.activity()));
        model.addAttribute("areas", areas.byCode(locale));
        model.addAttribute("countryNames", countries);
        // where an activity names its countries and regions only on its transactions (as US files do), those
        model.addAttribute("transactionCountries", detail.activity().transactions().stream()
                .map(org.concord.projects.internal.iati.IatiActivity.Transaction::recipientCountry)
                .filter(java.util.Objects::nonNull).distinct().toList());
        model.addAttribute("transactionRegions", detail.activity().transactions().stream()
                .map(org.concord.projects.internal.iati.IatiActivity.Transaction::recipientRegion)
                .filter(java.util.Objects::nonNull)
                .filter(r -> r.vocabulary() == null || "1".equals(r.vocabulary()))
                .map(org.concord.projects.internal.iati.IatiActivity.RecipientRegion::code).distinct().toList());
        return "activities/detail";
    }
}
