package org.concord.oversight.internal.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.concord.oversight.CaseStatus;
import org.concord.oversight.Category;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/oversight/cases")
@Tag(name = "Oversight cases", description = "Reports run as cases by the officers of the body that received them")
class CaseApi {

    private final CaseService service;

    CaseApi(CaseService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The cases of the caller's bodies", description = "Oversight officers only. Sorted by the "
            + "due moment of the next step (acknowledgement, then feedback); `overdue` marks those past it.")
    CaseListItem.Page list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Long channel,
                           @RequestParam(required = false) Category category, @RequestParam(required = false) Long assignee,
                           @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean priority,
                           @RequestParam(required = false) Long body, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "25") int size, Locale locale) {
        return service.list(new CaseFilter(status, channel, category, assignee, overdue, priority, body, page, size), locale);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case: status, time limits, timeline and the moves it may make next",
            description = "404 unless the caller is an oversight officer of the body that received the report.")
    CaseView get(@PathVariable long id, Locale locale) {
        return service.view(id, locale);
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Move a case through its workflow", description = "Only the moves in `next` are allowed. "
            + "INADMISSIBLE and reopening a closed case need a `reason`; REFERRED needs `referredTo` (a directory "
            + "organisation); DECIDED needs `outcome`; REMEDY_RECORDED needs `sanction`. Send `version` to be told "
            + "(409) when someone else moved the case meanwhile.")
    CaseView transition(@PathVariable long id, @RequestBody Transition move, Locale locale) {
        return service.transition(id, move, locale);
    }

    @PutMapping("/{id}/details")
    @Operation(summary = "Set a case's assignee, institution concerned, category and priority",
            description = "The assignee must be an oversight officer of the body; the institution a directory organisation.")
    CaseView details(@PathVariable long id, @RequestBody CaseDetails details, Locale locale) {
        return service.updateDetails(id, details, locale);
    }
}
