package org.concord.projects.internal.activities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;
import org.concord.projects.internal.iati.IatiActivity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Activities", description = "SSR activities: who funds and implements what, where")
class ActivityApi {

    private final ActivityService activities;
    private final ActivityEditing editing;

    ActivityApi(ActivityService activities, ActivityEditing editing) {
        this.activities = activities;
        this.editing = editing;
    }

    @GetMapping
    @Operation(summary = "List activities", description = "Filters combine; q searches titles and descriptions in every "
            + "language (web search syntax: words, \"phrases\", -excluded). Budgets are in US dollars at Concord's "
            + "approximate annual rates. facets=true adds counts per filter value.")
    ActivityPage list(@Parameter(description = "recipient country, ISO 3166-1 alpha-2") @RequestParam(required = false) String country,
                      @Parameter(description = "recipient region, OECD DAC code (IATI Region vocabulary 1), e.g. 289 South of Sahara, 998 developing countries unspecified") @RequestParam(required = false) String region,
                      @Parameter(description = "reform area code, e.g. POLICE_REFORM") @RequestParam(required = false) String area,
                      @Parameter(description = "IATI identifier of a funding organisation") @RequestParam(required = false) String funder,
                      @Parameter(description = "IATI identifier of an implementing organisation") @RequestParam(required = false) String implementer,
                      @Parameter(description = "IATI activity status code") @RequestParam(required = false) String status,
                      @Parameter(description = "active during this year") @RequestParam(required = false) Integer year,
                      @RequestParam(required = false) BigDecimal minBudget, @RequestParam(required = false) BigDecimal maxBudget,
                      @RequestParam(required = false) String q,
                      @Parameter(description = "start (default), title, budget or updated") @RequestParam(required = false) String sort,
                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
                      @RequestParam(defaultValue = "false") boolean facets, Locale locale) {
        return activities.list(new ActivityQuery(country, region, area, funder, implementer, status, year, minBudget, maxBudget,
                q, sort, page, size), facets, locale);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One activity, with every element Concord keeps from its IATI file")
    ActivityService.ActivityDetail get(@PathVariable long id) {
        return activities.get(id);
    }

    @PostMapping
    @Operation(summary = "Enter an activity by hand", description = "The same model and rules as an IATI import. "
            + "Coordinators enter activities reported by their own organisations (reportingOrg.ref is the organisation's "
            + "IATI identifier). published=false keeps it a draft that only the members of the reporting organisation "
            + "(and of those above it) and administrators see.")
    ResponseEntity<ActivityService.ActivityDetail> create(@RequestBody IatiActivity activity,
                                                          @RequestParam(defaultValue = "true") boolean published) {
        long id = editing.create(activity, published);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + id)).body(activities.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an activity entered or imported earlier", description = "Only by coordinators of "
            + "the reporting organisation, or administrators. The IATI identifier cannot change. The activity is "
            + "entered by hand from then on (imports leave it alone). Without published it stays public or a draft "
            + "as it was.")
    ActivityService.ActivityDetail update(@PathVariable long id, @RequestBody IatiActivity activity,
                                          @Parameter(description = "true publishes it, false makes it a draft; "
                                                  + "absent keeps it as it is")
                                          @RequestParam(required = false) Boolean published) {
        editing.update(id, activity, published);
        return activities.get(id);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft", description = "Everyone sees it from then on. Coordinators of the "
            + "reporting organisation (or of one above it) and administrators; audited with before and after.")
    ActivityService.ActivityDetail publish(@PathVariable long id) {
        editing.publish(id, true);
        return activities.get(id);
    }

    @PostMapping("/{id}/unpublish")
    @Operation(summary = "Make an activity a draft again", description = "Only the members of the reporting "
            + "organisation (and of those above it) and administrators see it from then on.")
    ActivityService.ActivityDetail unpublish(@PathVariable long id) {
        editing.publish(id, false);
        return activities.get(id);
    }

    @PostMapping("/{id}/hand-over")
    @Operation(summary = "Hand an activity entered by hand over to file imports", description = "The next import "
            + "of a file with its identifier (by a coordinator of its reporting organisation, or an administrator) "
            + "replaces it. Coordinators of the reporting organisation (or of one above it) and administrators.")
    ActivityService.ActivityDetail handOver(@PathVariable long id) {
        editing.handOver(id);
        return activities.get(id);
    }

    @PostMapping("/{id}/take-back")
    @Operation(summary = "Take an activity back from file imports to hand editing", description = "Imports leave it "
            + "alone from then on: a file with its identifier is rejected, naming the reason.")
    ActivityService.ActivityDetail takeBack(@PathVariable long id) {
        editing.takeBack(id);
        return activities.get(id);
    }
}
