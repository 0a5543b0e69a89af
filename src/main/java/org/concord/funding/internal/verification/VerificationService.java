package org.concord.funding.internal.verification;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.audit.EntityChanged;
import org.concord.funding.MilestoneVerified;
import org.concord.funding.internal.EvaluatorIndependence;
import org.concord.funding.internal.FundingNotices;
import org.concord.funding.internal.FundingPermissions;
import org.concord.funding.internal.agreements.Agreement;
import org.concord.funding.internal.agreements.AgreementService;
import org.concord.funding.internal.agreements.Condition;
import org.concord.funding.internal.agreements.ConditionRepository;
import org.concord.funding.internal.agreements.ConditionStatus;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The recipient's evidence and the independent evaluators' verifications of milestones. */
@Service
public class VerificationService {

    private final ConditionRepository conditions;
    private final EvidenceRepository evidence;
    private final VerificationRepository verifications;
    private final AgreementService agreements;
    private final FundingPermissions permissions;
    private final EvaluatorIndependence independence;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.concord.funding.internal.OutcomeIndicators indicators;
    private final FundingNotices notices;

    VerificationService(org.concord.funding.internal.OutcomeIndicators indicators, ConditionRepository conditions, EvidenceRepository evidence,
                        VerificationRepository verifications, AgreementService agreements,
                        FundingPermissions permissions, EvaluatorIndependence independence,
                        ApplicationEventPublisher events, Clock clock, FundingNotices notices) {
        this.notices = notices;
        this.conditions = conditions;
        this.evidence = evidence;
        this.verifications = verifications;
        this.agreements = agreements;
        this.permissions = permissions;
        this.independence = independence;
        this.events = events;
        this.clock = clock;
        this.indicators = indicators;
    }

    public Condition condition(long id) {
        return conditions.findById(id).orElseThrow(() -> new NotFoundException("funding condition", id));
    }

    @Transactional
    public long submitEvidence(long conditionId, EvidenceForm form) {
        Condition condition = condition(conditionId);
        Agreement agreement = agreements.get(condition.agreementId());
        permissions.checkMaySubmitEvidence(agreement);
        if (condition.status() == ConditionStatus.MET || condition.status() == ConditionStatus.WAIVED) {
            throw new InvalidInputException("statement", "milestone-closed");
        }
        List<FieldError> errors = new ArrayList<>();
        if (form.getStatement() == null || form.getStatement().isBlank()) {
            errors.add(new FieldError("statement", "required"));
        }
        List<Evidence.Document> documents = new ArrayList<>();
        for (EvidenceForm.DocumentRow row : form.getDocuments()) {
            boolean hasTitle = row.getTitle() != null && !row.getTitle().isBlank();
            boolean hasReference = row.getReference() != null && !row.getReference().isBlank();
            if (hasTitle != hasReference) {
                errors.add(new FieldError("documents", "document-title-and-reference"));
            } else if (hasTitle) {
                documents.add(new Evidence.Document(row.getTitle().strip(), row.getReference().strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Evidence submitted = new Evidence(conditionId, form.getStatement().strip(), documents,
                CurrentActor.require().accountId(), clock.instant());
        // an outcome condition's evidence carries the indicator's verified value as the standards module has it now;
        // a value the recipient reports is kept (unverified) only where the standards module has none
        var verified = condition.kind() == org.concord.funding.internal.agreements.ConditionKind.OUTCOME
                && condition.indicatorId() != null
                ? indicators.latestVerified(condition.indicatorId(), agreement.recipientId(), agreement.countryCode())
                : java.util.Optional.<org.concord.standards.IndicatorValueView>empty();
        if (verified.isPresent()) {
            submitted.indicatorValue(verified.get().value(), verified.get().period(), verified.get().verifiedAt());
        } else if (form.getIndicatorValue() != null) {
            submitted.indicatorValue(form.getIndicatorValue(), form.getIndicatorPeriod(), null);
        }
        evidence.saveAndFlush(submitted);
        condition.evidenceSubmitted();
        conditions.saveAndFlush(condition);
        events.publishEvent(EntityChanged.diff("funding-evidence", submitted.id(), "submitted", Map.of(),
                EntityChanged.snapshot("condition", conditionId, "statement", submitted.statement(),
                        "documents", documents.stream().map(d -> d.title() + " <" + d.reference() + ">").toList(),
                        "indicatorValue", submitted.indicatorValue())));
        notices.evidenceSubmitted(agreement, condition);
        return submitted.id();
    }

    /**
     * Records an evaluator's verdict. Refused, with the reason, when the person holds a role in either party, or
     * is an evaluator only of organisations that are not independent of the parties or not assigned.
     */
    @Transactional
    public long verify(long conditionId, VerificationForm form) {
        Actor actor = CurrentActor.require();
        Condition condition = condition(conditionId);
        Agreement agreement = agreements.get(condition.agreementId());
        long evaluatorOrganisation = evaluatorOrganisation(actor, agreement);
        if (condition.status() == ConditionStatus.WAIVED) {
            throw new InvalidInputException("outcome", "milestone-waived");
        }
        BigDecimal share = share(form);
        Verification verification = new Verification(conditionId, form.getOutcome(), share, form.getFinding().strip(),
                evaluatorOrganisation, actor.accountId(), clock.instant());
        verifications.saveAndFlush(verification);
        Map<String, Object> before = EntityChanged.snapshot("status", condition.status(), "share", condition.metShare());
        condition.verified(form.getOutcome(), share);
        conditions.saveAndFlush(condition);
        events.publishEvent(EntityChanged.diff("funding-condition", conditionId, "verified", before,
                EntityChanged.snapshot("status", condition.status(), "share", share, "finding", verification.finding(),
                        "evaluator", evaluatorOrganisation)));
        events.publishEvent(new MilestoneVerified(agreement.id(), conditionId, form.getOutcome().name(), share));
        notices.milestoneVerified(agreement, condition, form.getOutcome(), share);
        return verification.id();
    }

    private long evaluatorOrganisation(Actor actor, Agreement agreement) {
        List<Long> evaluatorOrgs = actor.grants().stream()
                .filter(g -> g.role() == Role.EVALUATOR && g.organisationId() != null).map(Grant::organisationId).toList();
        CurrentActor.check(!evaluatorOrgs.isEmpty());
        Optional<Long> assigned = permissions.evaluatorOrganisation(agreement);
        if (assigned.isPresent()) {
            return assigned.get();
        }
        for (long org : evaluatorOrgs) {
            var conflict = independence.conflict(org, agreement.funderId(), agreement.recipientId());
            if (conflict.isPresent()) {
                throw new InvalidInputException("evaluator", conflict.get().rule());
            }
        }
        if (permissions.belongsToAParty(agreement)) {
            throw new InvalidInputException("evaluator", "evaluator-belongs-to-party");
        }
        throw new InvalidInputException("evaluator", "evaluator-not-assigned");
    }

    private static BigDecimal share(VerificationForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.getOutcome() == null || !(form.getOutcome() == ConditionStatus.MET
                || form.getOutcome() == ConditionStatus.PARTLY_MET || form.getOutcome() == ConditionStatus.NOT_MET)) {
            errors.add(new FieldError("outcome", "verification-outcome"));
        }
        if (form.getFinding() == null || form.getFinding().isBlank()) {
            errors.add(new FieldError("finding", "required"));
        }
        if (form.getOutcome() == ConditionStatus.PARTLY_MET && (form.getShare() == null
                || form.getShare().compareTo(BigDecimal.ZERO) <= 0 || form.getShare().compareTo(BigDecimal.valueOf(100)) >= 0
                || form.getShare().scale() > 2)) {
            errors.add(new FieldError("share", "partly-met-share"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return switch (form.getOutcome()) {
            case MET -> BigDecimal.valueOf(100);
            case NOT_MET -> BigDecimal.ZERO;
            default -> form.getShare();
        };
    }
}
