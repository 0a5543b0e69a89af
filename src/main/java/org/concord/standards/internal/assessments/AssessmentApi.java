package org.concord.standards.internal.assessments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
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
@RequestMapping("/api/v1/standards/assessments")
@Tag(name = "Assessments", description = "Scored assessment questionnaires: templates (risk areas, questions scored "
        + "0-4), institutions' self-assessments, evaluators' peer reviews, scores on 0-100 and bands")
class AssessmentApi {

    private final AssessmentService assessments;
    private final TemplateService templates;
    private final ResultsImport results;

    AssessmentApi(AssessmentService assessments, TemplateService templates, ResultsImport results) {
        this.assessments = assessments;
        this.templates = templates;
        this.results = results;
    }

    @GetMapping("/templates")
    @Operation(summary = "The latest edition of every template")
    List<Template> templates() {
        return templates.latestEditions();
    }

    @GetMapping("/templates/{id}")
    @Operation(summary = "One template edition, with its texts in every language")
    Template template(@PathVariable long id) {
        return templates.get(id);
    }

    @PostMapping("/templates")
    @Operation(summary = "Create a template", description = "Administrators and coordinators. English texts are required.")
    ResponseEntity<Template> createTemplate(@Valid @RequestBody TemplateForm form) {
        Template created = templates.create(form);
        return ResponseEntity.created(URI.create("/api/v1/standards/assessments/templates/" + created.id())).body(created);
    }

    @PutMapping("/templates/{id}")
    @Operation(summary = "Edit a template", description = "In place while no assessment uses it; otherwise the edit "
            + "becomes the next edition (returned, with its own id) and assessments keep the edition they answered.")
    Template updateTemplate(@PathVariable long id, @Valid @RequestBody TemplateForm form) {
        return templates.update(id, form);
    }

    record Start(@NotNull Long templateId, @NotNull Long organisationId, LocalDate assessedOn) {
    }

    @PostMapping
    @Operation(summary = "Start an institution's self-assessment", description = "Administrators and coordinators of "
            + "the institution. assessedOn defaults to today.")
    ResponseEntity<AssessmentView> start(@Valid @RequestBody Start start, Locale locale) {
        long id = assessments.start(start.templateId(), start.organisationId(), start.assessedOn());
        return ResponseEntity.created(URI.create("/api/v1/standards/assessments/" + id)).body(assessments.get(id, locale));
    }

    @GetMapping
    @Operation(summary = "An institution's assessments, newest first", description = "Published ones for everyone; "
            + "unpublished ones too for the institution's members, evaluators and administrators.")
    List<AssessmentView> history(@RequestParam long organisationId, Locale locale) {
        assessments.organisation(organisationId, locale);
        return assessments.historyFor(organisationId, locale);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One assessment: self-assessment and peer-review scores side by side",
            description = "404 for an unpublished assessment to anyone but the institution's members, evaluators and administrators.")
    AssessmentView get(@PathVariable long id, Locale locale) {
        return assessments.get(id, locale);
    }

    @PutMapping("/{id}/self-assessment")
    @Operation(summary = "Save the institution's answers (draft)", description = "Rows not sent are left as they are.")
    AssessmentView saveSelf(@PathVariable long id, @Valid @RequestBody AnswersForm form, Locale locale) {
        assessments.saveSelf(id, form, false);
        return assessments.get(id, locale);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the self-assessment for peer review", description = "Every question needs a score.")
    AssessmentView submit(@PathVariable long id, @RequestBody(required = false) @Valid AnswersForm form, Locale locale) {
        assessments.saveSelf(id, form == null ? new AnswersForm() : form, true);
        return assessments.get(id, locale);
    }

    @PutMapping("/{id}/review")
    @Operation(summary = "Save the evaluator's review (draft)", description = "Evaluators from outside the institution.")
    AssessmentView saveReview(@PathVariable long id, @Valid @RequestBody AnswersForm form, Locale locale) {
        assessments.saveReview(id, form, false);
        return assessments.get(id, locale);
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Complete the peer review", description = "Every question needs a score; the review's scores then count.")
    AssessmentView complete(@PathVariable long id, @RequestBody(required = false) @Valid AnswersForm form, Locale locale) {
        assessments.saveReview(id, form == null ? new AnswersForm() : form, true);
        return assessments.get(id, locale);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a reviewed assessment", description = "Administrators, the institution's coordinators, its reviewer.")
    AssessmentView publish(@PathVariable long id, Locale locale) {
        assessments.publish(id);
        return assessments.get(id, locale);
    }

    @GetMapping(value = "/{id}/results.csv", produces = "text/csv")
    @Operation(summary = "The results as CSV (columns in the README)")
    ResponseEntity<String> export(@PathVariable long id, Locale locale) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"assessment-" + id + ".csv\"")
                .body(results.export(id, locale));
    }

    @PostMapping(value = "/{id}/results.csv", consumes = "text/csv")
    @Operation(summary = "Import answers from CSV", description = "The institution's answers while a draft, the "
            + "evaluator's while submitted; saved, not submitted. Unreadable values are reported by line and column.")
    Map<String, Integer> importResults(@PathVariable long id, @RequestBody String csv) {
        return Map.of("rows", results.importResults(id, csv));
    }
}
