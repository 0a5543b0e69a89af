package org.concord.standards.internal.values;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.audit.EntityChanged;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.CurrentActor;
import org.concord.standards.Subject;
import org.concord.standards.internal.StandardsPermissions;
import org.concord.standards.internal.indicators.Indicator;
import org.concord.standards.internal.indicators.IndicatorService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values and their check (draft -> submitted -> verified, or returned to draft with a comment), baselines and
 * targets. Who may run each command is {@link StandardsPermissions}'s to say; every write is audited.
 */
@Service
public class ValueService {

    private final ValueRepository values;
    private final BaselineRepository baselines;
    private final TargetRepository targets;
    private final IndicatorService indicators;
    private final ValueRules rules;
    private final ValueQueries queries;
    private final StandardsPermissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ValueService(ValueRepository values, BaselineRepository baselines, TargetRepository targets,
                 IndicatorService indicators, ValueRules rules, ValueQueries queries, StandardsPermissions permissions,
                 ApplicationEventPublisher events, Clock clock) {
        this.values = values;
        this.baselines = baselines;
        this.targets = targets;
        this.indicators = indicators;
        this.rules = rules;
        this.queries = queries;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a value: the one of the same indicator, subject, period and disaggregation if there is one (a
     * re-entry or re-import updates it, and a change sends it back to draft), else a new draft. Returns its id.
     */
    @Transactional
    public long enter(long indicatorId, ValueForm form) {
        Indicator indicator = indicators.visible(indicatorId);
        List<FieldError> errors = new ArrayList<>();
        Subject subject = rules.subject(form.getCountryCode(), form.getOrganisationId(), errors);
        if (subject != null) {
            permissions.checkMayEnter(indicator.ownerOrganisationId(), subject);
        } else {
            // no subject to ask about: at least someone who may enter values somewhere, else nothing is told
            CurrentActor.enforce(a -> a.isAdmin() || a.hasAnywhere(org.concord.shared.security.Role.COORDINATOR));
        }
        Period period = rules.period(form.getPeriod(), indicator, true, errors);
        String disaggregation = rules.disaggregation(form.getDisaggregation(), indicator, errors);
        rules.figures(indicator.unit(), form.getValue(), form.getLowerBound(), form.getUpperBound(), form.getStandardError(), errors);
        rules.evidenceUrl(form.getEvidenceUrl(), errors);
        throwIfAny(errors);
        long accountId = CurrentActor.require().accountId();
        IndicatorValue.Figures figures = new IndicatorValue.Figures(form.getValue(), form.getStandardError(),
                form.getLowerBound(), form.getUpperBound(), form.getEvidenceUrl(), form.getEvidenceDocument());
        var existing = values.findByKey(indicatorId, subject.countryCode(), subject.organisationId(), period.label(), disaggregation);
        if (existing.isPresent()) {
            IndicatorValue v = existing.get();
            Map<String, Object> before = snapshot(v);
            if (v.record(figures, accountId, clock.instant())) {
                values.saveAndFlush(v);
                events.publishEvent(EntityChanged.diff("standards-value", v.id(), "updated", before, snapshot(v)));
            }
            return v.id();
        }
        IndicatorValue v = new IndicatorValue(indicatorId, subject, period, disaggregation, clock.instant());
        v.record(figures, accountId, clock.instant());
        values.saveAndFlush(v);
        events.publishEvent(EntityChanged.diff("standards-value", v.id(), "created", Map.of(), snapshot(v)));
        return v.id();
    }

    /** Sends a draft for verification; it needs evidence, a link or a document reference. */
    @Transactional
    public void submit(long valueId, Long expectedVersion) {
        IndicatorValue v = value(valueId, expectedVersion);
        permissions.checkMayEnter(indicators.visible(v.indicatorId()).ownerOrganisationId(), v.subject());
        if (v.evidenceUrl() == null && v.evidenceDocument() == null) {
            throw new InvalidInputException("evidenceUrl", "standards-evidence-required");
        }
        Map<String, Object> before = snapshot(v);
        v.submit(CurrentActor.require().accountId(), clock.instant());
        values.saveAndFlush(v);
        events.publishEvent(EntityChanged.diff("standards-value", valueId, "submitted", before, snapshot(v)));
    }

    @Transactional
    public void verify(long valueId, Long expectedVersion) {
        IndicatorValue v = value(valueId, expectedVersion);
        permissions.checkMayVerify(indicators.visible(v.indicatorId()).ownerOrganisationId(), v.subject());
        long me = CurrentActor.require().accountId();
        if (v.handledBy(me)) {
            // four eyes: whoever entered or submitted the figures does not also vouch for them
            throw new InvalidInputException("status", "standards-verify-own-value");
        }
        Map<String, Object> before = snapshot(v);
        v.verify(me, clock.instant());
        values.saveAndFlush(v);
        events.publishEvent(EntityChanged.diff("standards-value", valueId, "verified", before, snapshot(v)));
    }

    /** Returns a submitted value to draft; the evaluator says why. */
    @Transactional
    public void returnToDraft(long valueId, String comment, Long expectedVersion) {
        IndicatorValue v = value(valueId, expectedVersion);
        permissions.checkMayVerify(indicators.visible(v.indicatorId()).ownerOrganisationId(), v.subject());
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "required");
        }
        if (comment.length() > 2000) {
            throw new InvalidInputException("comment", "standards-comment-too-long");
        }
        Map<String, Object> before = snapshot(v);
        v.returnToDraft(comment.trim(), clock.instant());
        values.saveAndFlush(v);
        events.publishEvent(EntityChanged.diff("standards-value", valueId, "returned", before, snapshot(v)));
    }

    /** Sets the baseline of a subject (one per indicator, subject and disaggregation). */
    @Transactional
    public long setBaseline(long indicatorId, ReferenceForm form) {
        return setReference(indicatorId, form, true);
    }

    /** Sets the target of a subject for a period (several per subject: one per period). */
    @Transactional
    public long setTarget(long indicatorId, ReferenceForm form) {
        return setReference(indicatorId, form, false);
    }

    private long setReference(long indicatorId, ReferenceForm form, boolean baseline) {
        Indicator indicator = indicators.visible(indicatorId);
        List<FieldError> errors = new ArrayList<>();
        Subject subject = rules.subject(form.getCountryCode(), form.getOrganisationId(), errors);
        if (subject != null) {
            permissions.checkMayEnter(indicator.ownerOrganisationId(), subject);
        }
        Period period = rules.period(form.getPeriod(), indicator, false, errors);
        String disaggregation = rules.disaggregation(form.getDisaggregation(), indicator, errors);
        rules.figures(indicator.unit(), form.getValue(), null, null, null, errors);
        throwIfAny(errors);
        ReferencePoint point = baseline
                ? baselines.findByKey(indicatorId, subject.countryCode(), subject.organisationId(), disaggregation)
                        .orElseGet(() -> new Baseline(indicatorId, subject, disaggregation, clock.instant()))
                : targets.findByKey(indicatorId, subject.countryCode(), subject.organisationId(), disaggregation, period.label())
                        .orElseGet(() -> new Target(indicatorId, subject, disaggregation, clock.instant()));
        boolean created = point.id() == null;
        Map<String, Object> before = created ? Map.of() : snapshot(point);
        point.set(period, form.getValue(), form.getNote(), clock.instant());
        if (point instanceof Baseline b) {
            baselines.saveAndFlush(b);
        } else {
            targets.saveAndFlush((Target) point);
        }
        EntityChanged change = EntityChanged.diff(baseline ? "standards-baseline" : "standards-target", point.id(),
                created ? "created" : "updated", before, snapshot(point));
        if (!change.changes().isEmpty()) {
            events.publishEvent(change);
        }
        return point.id();
    }

    @Transactional(readOnly = true)
    public List<ReferenceView> baselines(long indicatorId) {
        indicators.visible(indicatorId);
        return baselines.ofIndicator(indicatorId).stream().map(ReferenceView::of).toList();
    }

    @Transactional(readOnly = true)
    public List<ReferenceView> targets(long indicatorId) {
        indicators.visible(indicatorId);
        return targets.ofIndicator(indicatorId).stream().map(ReferenceView::of).toList();
    }

    /** A value the reader may see (a value not verified yet only for those who may see its drafts). */
    @Transactional(readOnly = true)
    public ValueRow row(long valueId) {
        return queries.one(valueId, permissions.scope()).orElseThrow(() -> new NotFoundException("value", valueId));
    }

    @Transactional(readOnly = true)
    public List<ValueRow> ofIndicator(long indicatorId, int limit) {
        indicators.visible(indicatorId);
        return queries.ofIndicator(indicatorId, permissions.scope(), limit);
    }

    /** A page of the indicator's values, of one country or institution when {@code subject} is given. */
    @Transactional(readOnly = true)
    public ValuePage pageOfIndicator(long indicatorId, Subject subject, int page, int size) {
        indicators.visible(indicatorId);
        return queries.pageOfIndicator(indicatorId, permissions.scope(), subject, page, size);
    }

    /** The countries and institutions with values of the indicator the reader may see. */
    @Transactional(readOnly = true)
    public List<Subject> subjectsOfIndicator(long indicatorId) {
        indicators.visible(indicatorId);
        return queries.subjectsOfIndicator(indicatorId, permissions.scope());
    }

    /** Whether the current reader entered or submitted the value, and so may not verify it. */
    @Transactional(readOnly = true)
    public boolean handledByMe(long valueId) {
        return CurrentActor.find().map(a -> row(valueId).handledBy(a.accountId())).orElse(false);
    }

    /** What waits for an evaluator: only for evaluators. */
    @Transactional(readOnly = true)
    public List<ValueRow> toVerify(int limit) {
        CurrentActor.enforce(a -> a.hasAnywhere(org.concord.shared.security.Role.EVALUATOR));
        return queries.submitted(permissions.scope(), limit);
    }

    private IndicatorValue value(long valueId, Long expectedVersion) {
        IndicatorValue v = values.findById(valueId).orElseThrow(() -> new NotFoundException("value", valueId));
        indicators.visible(v.indicatorId());
        if (expectedVersion != null && expectedVersion != v.version()) {
            throw new ObjectOptimisticLockingFailureException(IndicatorValue.class, valueId);
        }
        return v;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Map<String, Object> snapshot(IndicatorValue v) {
        return EntityChanged.snapshot("indicatorId", v.indicatorId(), "subject", v.subject().key(),
                "period", v.period(), "disaggregation", v.disaggregation(), "value", plain(v.value()),
                "standardError", plain(v.standardError()), "lowerBound", plain(v.lowerBound()),
                "upperBound", plain(v.upperBound()), "status", v.status(), "evidenceUrl", v.evidenceUrl(),
                "evidenceDocument", v.evidenceDocument(), "returnComment", v.returnComment());
    }

    private static Map<String, Object> snapshot(ReferencePoint p) {
        return EntityChanged.snapshot("indicatorId", p.indicatorId(), "subject", p.subject().key(),
                "disaggregation", p.disaggregation(), "period", p.period(), "value", plain(p.value()), "note", p.note());
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : ValueQueries.strip(value).toPlainString();
    }
}
