package org.concord.funding.internal.agreements;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.audit.EntityChanged;
import org.concord.funding.internal.EvaluatorIndependence;
import org.concord.funding.internal.FundingPermissions;
import org.concord.organisations.Organisations;
import org.concord.projects.Activities;
import org.concord.shared.Countries;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording agreements, their conditions, tranches and evaluators: one transaction per command, each asking
 * {@link FundingPermissions} and leaving an audit row.
 */
@Service
public class AgreementService {

    private final AgreementRepository agreements;
    private final ConditionRepository conditions;
    private final TrancheRepository tranches;
    private final FundingPermissions permissions;
    private final EvaluatorIndependence independence;
    private final Organisations organisations;
    private final Activities activities;
    private final Countries countries;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.concord.funding.internal.OutcomeIndicators indicators;

    AgreementService(org.concord.funding.internal.OutcomeIndicators indicators, AgreementRepository agreements, ConditionRepository conditions, TrancheRepository tranches,
                     FundingPermissions permissions, EvaluatorIndependence independence, Organisations organisations,
                     Activities activities, Countries countries, ApplicationEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.conditions = conditions;
        this.tranches = tranches;
        this.permissions = permissions;
        this.independence = independence;
        this.organisations = organisations;
        this.activities = activities;
        this.countries = countries;
        this.events = events;
        this.clock = clock;
        this.indicators = indicators;
    }

    /** The agreement, or 404. */
    public Agreement get(long id) {
        return agreements.findById(id).orElseThrow(() -> new NotFoundException("funding agreement", id));
    }

    @Transactional(readOnly = true)
    public AgreementForm formOf(long id) {
        Agreement agreement = get(id);
        permissions.checkMayEdit(agreement);
        return AgreementForm.of(agreement);
    }

    @Transactional
    public long create(AgreementForm form) {
        if (form.getFunderId() == null) {
            throw new InvalidInputException("funderId", "required");
        }
        permissions.checkMayRecordFor(form.getFunderId());
        Agreement.Terms terms = validate(form);
        Agreement agreement = new Agreement(CurrentActor.require().accountId(), clock.instant());
        agreement.state(terms, clock.instant());
        agreements.saveAndFlush(agreement);
        events.publishEvent(EntityChanged.diff("funding-agreement", agreement.id(), "created", Map.of(), snapshot(agreement)));
        return agreement.id();
    }

    @Transactional
    public void update(long id, AgreementForm form) {
        Agreement agreement = get(id);
        permissions.checkMayEdit(agreement);
        if (form.getFunderId() != null && form.getFunderId() != agreement.funderId()) {
            // handing an agreement to another funder needs the right to record for that funder as well
            permissions.checkMayRecordFor(form.getFunderId());
        }
        if (form.getVersion() != null && form.getVersion() != agreement.version()) {
            throw new ObjectOptimisticLockingFailureException(Agreement.class, id);
        }
        Agreement.Terms terms = validate(form);
        Map<String, Object> before = snapshot(agreement);
        agreement.state(terms, clock.instant());
        agreements.saveAndFlush(agreement);
        EntityChanged change = EntityChanged.diff("funding-agreement", id, "updated", before, snapshot(agreement));
        if (!change.changes().isEmpty()) {
            events.publishEvent(change);
        }
    }

    @Transactional
    public long addCondition(long agreementId, ConditionForm form) {
        Agreement agreement = get(agreementId);
        permissions.checkMayEdit(agreement);
        validate(form);
        int position = conditions.findByAgreementIdOrderByPosition(agreementId).size() + 1;
        Condition condition = new Condition(agreementId, position);
        condition.state(form.terms());
        conditions.saveAndFlush(condition);
        agreement.touch(clock.instant());
        events.publishEvent(EntityChanged.diff("funding-condition", condition.id(), "created", Map.of(),
                EntityChanged.snapshot("agreement", agreementId, "kind", condition.kind(), "text", condition.text(),
                        "indicator", condition.indicatorId(), "comparator", condition.comparator(),
                        "target", condition.targetValue(), "baseline", condition.baselineValue(),
                        "due", condition.dueDate())));
        return condition.id();
    }

    @Transactional
    public long addTranche(long agreementId, TrancheForm form) {
        Agreement agreement = get(agreementId);
        permissions.checkMayEdit(agreement);
        List<FieldError> errors = new ArrayList<>();
        if (form.getPlannedAmount() == null || form.getPlannedAmount().signum() < 0) {
            errors.add(new FieldError("plannedAmount", "required"));
        }
        if (form.getPlannedDate() == null) {
            errors.add(new FieldError("plannedDate", "required"));
        }
        List<Long> own = conditions.findByAgreementIdOrderByPosition(agreementId).stream().map(Condition::id).toList();
        if (!own.containsAll(form.getConditionIds())) {
            errors.add(new FieldError("conditionIds", "condition-of-another-agreement"));
        }
        List<Tranche> existing = tranches.findByAgreementIdOrderByPosition(agreementId);
        if (form.getPlannedAmount() != null) {
            BigDecimal planned = existing.stream().map(Tranche::plannedAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(form.getPlannedAmount());
            if (planned.compareTo(agreement.totalAmount()) > 0) {
                errors.add(new FieldError("plannedAmount", "tranches-exceed-total", agreement.totalAmount().toPlainString(),
                        agreement.currency()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Tranche tranche = new Tranche(agreementId, existing.size() + 1);
        tranche.plan(form.getPlannedAmount(), form.getPlannedDate(), form.getConditionIds());
        tranches.saveAndFlush(tranche);
        agreement.touch(clock.instant());
        events.publishEvent(EntityChanged.diff("funding-tranche", tranche.id(), "created", Map.of(),
                EntityChanged.snapshot("agreement", agreementId, "plannedAmount", tranche.plannedAmount(),
                        "currency", agreement.currency(), "plannedDate", tranche.plannedDate(),
                        "milestones", tranche.conditionIds())));
        return tranche.id();
    }

    /**
     * Adds conditions read from an IATI file, in one transaction, leaving out those whose text the agreement has
     * already. Returns how many were added.
     */
    @Transactional
    public int importConditions(long agreementId, List<ConditionForm> forms) {
        Agreement agreement = get(agreementId);
        permissions.checkMayEdit(agreement);
        java.util.Set<String> known = new java.util.HashSet<>();
        conditions.findByAgreementIdOrderByPosition(agreementId).forEach(c -> known.add(c.text()));
        int added = 0;
        for (ConditionForm form : forms) {
            if (form.getText() != null && known.add(form.getText().strip())) {
                addCondition(agreementId, form);
                added++;
            }
        }
        return added;
    }

    /** Assigns an evaluator organisation, refusing one that is not independent of both parties and saying why. */
    @Transactional
    public void assignEvaluator(long agreementId, Long organisationId) {
        Agreement agreement = get(agreementId);
        permissions.checkMayEdit(agreement);
        if (organisationId == null || organisations.find(organisationId, Locale.ENGLISH).isEmpty()) {
            throw new InvalidInputException("evaluatorId", "unknown-organisation");
        }
        independence.conflict(organisationId, agreement.funderId(), agreement.recipientId()).ifPresent(c -> {
            throw new InvalidInputException("evaluatorId", c.rule());
        });
        if (agreement.assignEvaluator(organisationId, clock.instant())) {
            agreements.saveAndFlush(agreement);
            events.publishEvent(EntityChanged.diff("funding-agreement", agreementId, "evaluator-assigned", Map.of(),
                    EntityChanged.snapshot("evaluator", organisationId)));
        }
    }

    private void validate(ConditionForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.getKind() == null) {
            errors.add(new FieldError("kind", "required"));
        }
        if (form.getText() == null || form.getText().isBlank()) {
            errors.add(new FieldError("text", "required"));
        }
        if (form.getKind() == ConditionKind.OUTCOME) {
            if (form.getIndicatorId() == null) {
                errors.add(new FieldError("indicatorId", "outcome-needs-indicator"));
            } else if (indicators.indicator(form.getIndicatorId(), Locale.ENGLISH).isEmpty()) {
                errors.add(new FieldError("indicatorId", "unknown-indicator", form.getIndicatorId()));
            }
            if (form.getComparator() == null) {
                errors.add(new FieldError("comparator", "required"));
            }
            if (form.getTargetValue() == null) {
                errors.add(new FieldError("targetValue", "required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private Agreement.Terms validate(AgreementForm f) {
        List<FieldError> errors = new ArrayList<>();
        if (f.getTitle() == null || f.getTitle().isBlank()) {
            errors.add(new FieldError("title", "required"));
        }
        if (f.getRecipientId() == null || organisations.find(f.getRecipientId(), Locale.ENGLISH).isEmpty()) {
            errors.add(new FieldError("recipientId", "unknown-organisation"));
        } else if (f.getRecipientId().equals(f.getFunderId())) {
            errors.add(new FieldError("recipientId", "recipient-is-funder"));
        }
        if (f.getFunderId() == null || organisations.find(f.getFunderId(), Locale.ENGLISH).isEmpty()) {
            errors.add(new FieldError("funderId", "unknown-organisation"));
        }
        if (!countries.exists(f.getCountry())) {
            errors.add(new FieldError("country", "unknown-country", f.getCountry()));
        }
        String currency = f.getCurrency() == null ? null : f.getCurrency().strip().toUpperCase(Locale.ROOT);
        if (!isCurrency(currency)) {
            errors.add(new FieldError("currency", "unknown-currency", f.getCurrency()));
        }
        if (f.getTotalAmount() == null || f.getTotalAmount().signum() < 0) {
            errors.add(new FieldError("totalAmount", "required"));
        } else if (f.getTotalAmount().scale() > 2) {
            errors.add(new FieldError("totalAmount", "amount-scale"));
        }
        if (f.getStartDate() == null) {
            errors.add(new FieldError("startDate", "required"));
        }
        if (f.getEndDate() == null) {
            errors.add(new FieldError("endDate", "required"));
        } else if (f.getStartDate() != null && f.getEndDate().isBefore(f.getStartDate())) {
            errors.add(new FieldError("endDate", "end-before-start"));
        }
        // one look-up for every linked activity, not one per activity
        java.util.Set<Long> known = new java.util.HashSet<>();
        activities.summaries(f.getActivityIds()).forEach(a -> known.add(a.id()));
        for (Long activity : f.getActivityIds()) {
            if (activity == null || !known.contains(activity)) {
                errors.add(new FieldError("activityIds", "unknown-activity", activity));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Agreement.Terms(f.getTitle().strip(), blankToNull(f.getDescription()), f.getFunderId(),
                f.getRecipientId(), f.getCountry().toUpperCase(Locale.ROOT), f.getTotalAmount(), currency,
                f.getStartDate(), f.getEndDate(), f.getStatus(), f.isProRata(), blankToNull(f.getIatiIdentifier()),
                f.getConfidential(), f.getActivityIds());
    }

    static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static Map<String, Object> snapshot(Agreement a) {
        return EntityChanged.snapshot("title", a.title(), "description", a.description(), "funder", a.funderId(),
                "recipient", a.recipientId(), "country", a.countryCode(), "totalAmount", a.totalAmount(),
                "currency", a.currency(), "start", a.startDate(), "end", a.endDate(), "status", a.status(),
                "proRata", a.proRata(), "iatiIdentifier", a.iatiIdentifier(), "confidential", a.confidential(),
                "activities", a.activityIds());
    }
}
