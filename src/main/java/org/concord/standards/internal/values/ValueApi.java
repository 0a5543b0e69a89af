package org.concord.standards.internal.values;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
@RequestMapping("/api/v1/standards")
@Tag(name = "Standards values", description = "Values, baselines and targets per country or institution, and the "
        + "evaluators' check: draft -> submitted -> verified, or returned to draft with a comment")
class ValueApi {

    private final ValueService service;

    ValueApi(ValueService service) {
        this.service = service;
    }

    /** What a workflow action may carry: the version read (409 when stale) and, to return a value, the reason. */
    record Action(Long version, String comment) {
    }

    @GetMapping("/indicators/{id}/values")
    @Operation(summary = "Values of an indicator", description = "Verified values for everyone who may see the "
            + "indicator; drafts and submitted values too for those who may see the organisation's restricted content.")
    List<ValueRow> values(@PathVariable long id, @RequestParam(defaultValue = "1000") int limit) {
        return service.ofIndicator(id, Math.max(1, Math.min(limit, 10000)));
    }

    @PostMapping("/indicators/{id}/values")
    @Operation(summary = "Enter a value (as a draft)", description = "Coordinators of the indicator's organisation or of "
            + "the institution concerned, and administrators. The same subject, period and disaggregation updates the "
            + "value; a change to a submitted or verified value sends it back to draft.")
    ResponseEntity<ValueRow> enter(@PathVariable long id, @Valid @RequestBody ValueForm form) {
        long valueId = service.enter(id, form);
        return ResponseEntity.created(URI.create("/api/v1/standards/values/" + valueId)).body(service.row(valueId));
    }

    @GetMapping("/values/{id}")
    @Operation(summary = "One value")
    ValueRow value(@PathVariable long id) {
        return service.row(id);
    }

    @GetMapping("/values/submitted")
    @Operation(summary = "Values waiting for verification", description = "Evaluators only.")
    List<ValueRow> submitted() {
        return service.toVerify(500);
    }

    @PostMapping("/values/{id}/submit")
    @Operation(summary = "Submit a draft for verification", description = "Needs evidence: a link or a document reference.")
    ValueRow submit(@PathVariable long id, @RequestBody(required = false) Action action) {
        service.submit(id, action == null ? null : action.version());
        return service.row(id);
    }

    @PostMapping("/values/{id}/verify")
    @Operation(summary = "Verify a submitted value", description = "Evaluators who belong neither to the indicator's "
            + "organisation nor to the institution the value is about.")
    ValueRow verify(@PathVariable long id, @RequestBody(required = false) Action action) {
        service.verify(id, action == null ? null : action.version());
        return service.row(id);
    }

    @PostMapping("/values/{id}/return")
    @Operation(summary = "Return a submitted value to draft with a comment", description = "Same evaluators as verify; "
            + "the comment is required.")
    ValueRow returnToDraft(@PathVariable long id, @RequestBody Action action) {
        service.returnToDraft(id, action.comment(), action.version());
        return service.row(id);
    }

    @GetMapping("/indicators/{id}/baselines")
    @Operation(summary = "Baselines of an indicator, one per subject and disaggregation")
    List<ReferenceView> baselines(@PathVariable long id) {
        return service.baselines(id);
    }

    @PutMapping("/indicators/{id}/baselines")
    @Operation(summary = "Set a subject's baseline")
    List<ReferenceView> setBaseline(@PathVariable long id, @Valid @RequestBody ReferenceForm form) {
        service.setBaseline(id, form);
        return service.baselines(id);
    }

    @GetMapping("/indicators/{id}/targets")
    @Operation(summary = "Targets of an indicator, one per subject, disaggregation and period")
    List<ReferenceView> targets(@PathVariable long id) {
        return service.targets(id);
    }

    @PutMapping("/indicators/{id}/targets")
    @Operation(summary = "Set a subject's target for a period")
    List<ReferenceView> setTarget(@PathVariable long id, @Valid @RequestBody ReferenceForm form) {
        service.setTarget(id, form);
        return service.targets(id);
    }
}
