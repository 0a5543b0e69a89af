package org.concord.funding.internal.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.concord.funding.internal.FundingPermissions;
import org.concord.funding.internal.agreements.Agreement;
import org.concord.funding.internal.agreements.AgreementService;
import org.concord.funding.internal.agreements.Condition;
import org.concord.funding.internal.agreements.ConditionRepository;
import org.concord.funding.internal.agreements.ConfidentialField;
import org.concord.funding.internal.agreements.Tranche;
import org.concord.funding.internal.agreements.TrancheRepository;
import org.concord.funding.internal.agreements.TrancheStatus;
import org.concord.funding.internal.release.ReleaseRule;
import org.concord.funding.internal.verification.Evidence;
import org.concord.funding.internal.verification.EvidenceRepository;
import org.concord.funding.internal.verification.Verification;
import org.concord.funding.internal.verification.VerificationRepository;
import org.concord.funding.internal.view.AgreementDetail.Access;
import org.concord.funding.internal.view.AgreementDetail.Party;
import org.concord.organisations.Organisations;
import org.concord.projects.Activities;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads one agreement whole for the reader, leaving out what the funder keeps confidential from them. */
@Component
public class AgreementReader {

    private final AgreementService agreements;
    private final ConditionRepository conditions;
    private final TrancheRepository tranches;
    private final EvidenceRepository evidence;
    private final VerificationRepository verifications;
    private final FundingPermissions permissions;
    private final Organisations organisations;
    private final Activities activities;
    private final org.concord.funding.internal.OutcomeIndicators indicators;

    AgreementReader(org.concord.funding.internal.OutcomeIndicators indicators, AgreementService agreements, ConditionRepository conditions, TrancheRepository tranches,
                    EvidenceRepository evidence, VerificationRepository verifications, FundingPermissions permissions,
                    Organisations organisations, Activities activities) {
        this.agreements = agreements;
        this.conditions = conditions;
        this.tranches = tranches;
        this.evidence = evidence;
        this.verifications = verifications;
        this.permissions = permissions;
        this.organisations = organisations;
        this.activities = activities;
        this.indicators = indicators;
    }

    @Transactional(readOnly = true)
    public AgreementDetail read(long id, Locale locale) {
        Agreement a = agreements.get(id);
        boolean sees = permissions.maySeeConfidential(a);
        boolean amounts = sees || !a.isConfidential(ConfidentialField.AMOUNTS);
        boolean texts = sees || !a.isConfidential(ConfidentialField.CONDITIONS);
        boolean findings = sees || !a.isConfidential(ConfidentialField.FINDINGS);
        Access access = new Access(sees, permissions.mayEdit(a), permissions.maySubmitEvidence(a), permissions.mayVerify(a));
        Map<Long, String> names = organisations.names(locale);

        List<Condition> own = conditions.findByAgreementIdOrderByPosition(id);
        List<AgreementDetail.ConditionView> conditionViews = new ArrayList<>();
        for (Condition c : own) {
            List<AgreementDetail.EvidenceView> evidenceViews = !findings ? List.of()
                    : evidence.findByConditionIdOrderBySubmittedAt(c.id()).stream().map(AgreementReader::view).toList();
            List<AgreementDetail.VerificationView> verificationViews = verifications
                    .findByConditionIdOrderByVerifiedAt(c.id()).stream()
                    .map(v -> view(v, findings, names)).toList();
            conditionViews.add(new AgreementDetail.ConditionView(c.id(), c.position(), c.kind().name(),
                    texts ? c.text() : null, c.indicatorId(), c.comparator() == null ? null : c.comparator().name(),
                    texts ? c.targetValue() : null, texts ? c.baselineValue() : null, c.dueDate(), c.status().name(),
                    c.metShare(), c.waiverJustification(), c.waivedAt(), evidenceViews, verificationViews,
                    reading(c, a, texts, locale)));
        }
        List<AgreementDetail.TrancheView> trancheViews = new ArrayList<>();
        BigDecimal released = BigDecimal.ZERO;
        for (Tranche t : tranches.findByAgreementIdOrderByPosition(id)) {
            List<Condition> milestones = own.stream().filter(c -> t.conditionIds().contains(c.id())).toList();
            ReleaseRule.Entitlement e = ReleaseRule.entitlement(milestones, a.proRata());
            boolean done = t.status() == TrancheStatus.RELEASED;
            if (done) {
                released = released.add(t.releasedAmount());
            }
            trancheViews.add(new AgreementDetail.TrancheView(t.id(), t.position(), amounts ? t.plannedAmount() : null,
                    t.plannedDate(), t.status().name(), amounts ? t.releasedAmount() : null, t.releasedOn(),
                    t.releasedShare(), List.copyOf(new TreeSet<>(t.conditionIds())), !done && e.allowed(),
                    e.allowed() ? e.share() : null, done ? null : e.refusal()));
        }
        List<AgreementDetail.ActivityRef> activityRefs = activities.summaries(a.activityIds()).stream()
                .sorted(java.util.Comparator.comparingLong(org.concord.projects.ActivitySummary::id))
                .map(s -> new AgreementDetail.ActivityRef(s.id(), s.iatiIdentifier(), s.title())).toList();
        return new AgreementDetail(a.id(), a.title(), a.description(), party(a.funderId(), names),
                party(a.recipientId(), names), a.countryCode(), amounts ? a.totalAmount() : null,
                amounts ? released : null, a.currency(), a.startDate(), a.endDate(), a.status().name(), a.proRata(),
                a.iatiIdentifier(), new TreeSet<>(a.confidential().stream().map(Enum::name).toList()), activityRefs,
                a.evaluatorIds().stream().map(o -> party(o, names)).toList(), conditionViews, trancheViews, access,
                a.version());
    }

    /** The outcome condition's indicator and latest verified value; none for process conditions or hidden targets. */
    private AgreementDetail.IndicatorReading reading(Condition c, Agreement a, boolean texts, Locale locale) {
        if (c.kind() != org.concord.funding.internal.agreements.ConditionKind.OUTCOME || c.indicatorId() == null || !texts) {
            return null;
        }
        var indicator = indicators.indicator(c.indicatorId(), locale);
        if (indicator.isEmpty()) {
            return null;
        }
        var latest = indicators.latestVerified(c.indicatorId(), a.recipientId(), a.countryCode());
        return new AgreementDetail.IndicatorReading(indicator.get().code(), indicator.get().name(),
                latest.map(v -> v.value()).orElse(null), latest.map(v -> v.period()).orElse(null),
                latest.map(v -> c.comparator().reached(v.value(), c.targetValue())).orElse(null));
    }

    private static Party party(long id, Map<Long, String> names) {
        return new Party(id, names.getOrDefault(id, "#" + id));
    }

    private static AgreementDetail.EvidenceView view(Evidence e) {
        return new AgreementDetail.EvidenceView(e.id(), e.statement(), e.documents().stream()
                .map(d -> new AgreementDetail.DocumentView(d.title(), d.reference(),
                        d.reference().startsWith("https://") || d.reference().startsWith("http://")))
                .toList(), e.indicatorValue(), e.indicatorPeriod(), e.indicatorVerifiedAt() != null, e.submittedAt());
    }

    private static AgreementDetail.VerificationView view(Verification v, boolean findings, Map<Long, String> names) {
        return new AgreementDetail.VerificationView(v.id(), v.outcome().name(), v.share(),
                findings ? v.finding() : null, party(v.evaluatorOrganisationId(), names), v.verifiedAt());
    }
}
