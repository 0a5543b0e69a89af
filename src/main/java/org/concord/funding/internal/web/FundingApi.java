package org.concord.funding.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.concord.funding.TrancheReleased;
import org.concord.funding.internal.agreements.AgreementForm;
import org.concord.funding.internal.agreements.AgreementService;
import org.concord.funding.internal.agreements.ConditionForm;
import org.concord.funding.internal.agreements.TrancheForm;
import org.concord.funding.internal.release.ReleaseForm;
import org.concord.funding.internal.release.ReleaseService;
import org.concord.funding.internal.release.WaiverForm;
import org.concord.funding.internal.verification.EvidenceForm;
import org.concord.funding.internal.verification.VerificationForm;
import org.concord.funding.internal.verification.VerificationService;
import org.concord.funding.internal.view.AgreementDetail;
import org.concord.funding.internal.view.AgreementQueries;
import org.concord.funding.internal.view.AgreementReader;
import org.concord.funding.internal.view.FundingAgreementsService;
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
@RequestMapping("/api/v1/funding")
@Tag(name = "Funding", description = "Funding agreements, their conditions, independent verification and tranche releases")
class FundingApi {

    private final FundingAgreementsService list;
    private final AgreementReader reader;
    private final AgreementService agreements;
    private final VerificationService verification;
    private final ReleaseService releases;

    FundingApi(FundingAgreementsService list, AgreementReader reader, AgreementService agreements,
               VerificationService verification, ReleaseService releases) {
        this.list = list;
        this.reader = reader;
        this.agreements = agreements;
        this.verification = verification;
        this.releases = releases;
    }

    @GetMapping("/agreements")
    @Operation(summary = "List agreements", description = "Filter by recipient country, funder, recipient and status. "
            + "Amounts a funder keeps confidential are null for readers who are neither party, assigned evaluator nor administrator.")
    FundingAgreementsService.ListPage agreements(
            @Parameter(description = "ISO 3166-1 alpha-2") @RequestParam(required = false) String country,
            @RequestParam(required = false) Long funder, @RequestParam(required = false) Long recipient,
            @Parameter(description = "ACTIVE, COMPLETED, SUSPENDED or CANCELLED") @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size, Locale locale) {
        return list.list(new AgreementQueries.Filter(country, funder, recipient, status, page, size), locale);
    }

    @GetMapping("/agreements/{id}")
    @Operation(summary = "One agreement with its conditions, evidence, verifications and tranches")
    AgreementDetail agreement(@PathVariable long id, Locale locale) {
        return reader.read(id, locale);
    }

    @PostMapping("/agreements")
    @Operation(summary = "Record an agreement", description = "Coordinators of the funder (or an organisation above it), or administrators.")
    ResponseEntity<AgreementDetail> create(@Valid @RequestBody AgreementForm form, Locale locale) {
        long id = agreements.create(form);
        return ResponseEntity.created(URI.create("/api/v1/funding/agreements/" + id)).body(reader.read(id, locale));
    }

    @PutMapping("/agreements/{id}")
    @Operation(summary = "Replace an agreement's terms", description = "The funder's coordinators; send the version you read (409 when it changed).")
    AgreementDetail update(@PathVariable long id, @Valid @RequestBody AgreementForm form, Locale locale) {
        agreements.update(id, form);
        return reader.read(id, locale);
    }

    @PostMapping("/agreements/{id}/conditions")
    @Operation(summary = "Add a condition (process, or outcome on a standards indicator)")
    ResponseEntity<Map<String, Long>> addCondition(@PathVariable long id, @Valid @RequestBody ConditionForm form) {
        long conditionId = agreements.addCondition(id, form);
        return ResponseEntity.created(URI.create("/api/v1/funding/agreements/" + id)).body(Map.of("id", conditionId));
    }

    @PostMapping("/agreements/{id}/tranches")
    @Operation(summary = "Add a tranche with the milestones it depends on")
    ResponseEntity<Map<String, Long>> addTranche(@PathVariable long id, @Valid @RequestBody TrancheForm form) {
        long trancheId = agreements.addTranche(id, form);
        return ResponseEntity.created(URI.create("/api/v1/funding/agreements/" + id)).body(Map.of("id", trancheId));
    }

    /** The evaluator organisation to assign. */
    record EvaluatorBody(Long organisationId) {
    }

    @PostMapping("/agreements/{id}/evaluators")
    @Operation(summary = "Assign an evaluator organisation", description = "Refused, with the reason, when the organisation "
            + "is the funder or the recipient, or above or below either of them.")
    AgreementDetail assignEvaluator(@PathVariable long id, @RequestBody EvaluatorBody body, Locale locale) {
        agreements.assignEvaluator(id, body.organisationId());
        return reader.read(id, locale);
    }

    @PostMapping("/conditions/{id}/evidence")
    @Operation(summary = "Submit evidence for a milestone", description = "Coordinators of the recipient.")
    ResponseEntity<Map<String, Long>> evidence(@PathVariable long id, @Valid @RequestBody EvidenceForm form) {
        return ResponseEntity.status(201).body(Map.of("id", verification.submitEvidence(id, form)));
    }

    @PostMapping("/conditions/{id}/verifications")
    @Operation(summary = "Verify a milestone", description = "Evaluators of an assigned, independent organisation: "
            + "MET, PARTLY_MET with the share (0-100, exclusive) or NOT_MET, with a written finding.")
    ResponseEntity<Map<String, Long>> verify(@PathVariable long id, @Valid @RequestBody VerificationForm form) {
        return ResponseEntity.status(201).body(Map.of("id", verification.verify(id, form)));
    }

    @PostMapping("/conditions/{id}/waiver")
    @Operation(summary = "Waive a condition", description = "The funder's coordinators, with a written justification that is published.")
    Map<String, String> waive(@PathVariable long id, @Valid @RequestBody WaiverForm form) {
        releases.waive(id, form);
        return Map.of("status", "WAIVED");
    }

    @PostMapping("/tranches/{id}/release")
    @Operation(summary = "Release a tranche", description = "Only when its milestones are verified as met or waived; "
            + "with pro-rata agreements, partly met milestones release the product of their shares.")
    TrancheReleased release(@PathVariable long id, @RequestBody(required = false) ReleaseForm form) {
        return releases.release(id, form == null ? new ReleaseForm() : form);
    }
}
