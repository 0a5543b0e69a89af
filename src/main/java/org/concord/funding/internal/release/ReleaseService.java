package org.concord.funding.internal.release;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.concord.audit.EntityChanged;
import org.concord.funding.TrancheReleased;
import org.concord.funding.internal.FundingNotices;
import org.concord.funding.internal.FundingPermissions;
import org.concord.funding.internal.agreements.Agreement;
import org.concord.funding.internal.agreements.AgreementService;
import org.concord.funding.internal.agreements.Condition;
import org.concord.funding.internal.agreements.ConditionRepository;
import org.concord.funding.internal.agreements.ConditionStatus;
import org.concord.funding.internal.agreements.Tranche;
import org.concord.funding.internal.agreements.TrancheRepository;
import org.concord.funding.internal.agreements.TrancheStatus;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Releasing tranches as their milestones allow ({@link ReleaseRule}), and waiving conditions. */
@Service
public class ReleaseService {

    private final TrancheRepository tranches;
    private final ConditionRepository conditions;
    private final AgreementService agreements;
    private final FundingPermissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FundingNotices notices;

    ReleaseService(TrancheRepository tranches, ConditionRepository conditions, AgreementService agreements,
                   FundingPermissions permissions, ApplicationEventPublisher events, Clock clock, FundingNotices notices) {
        this.notices = notices;
        this.tranches = tranches;
        this.conditions = conditions;
        this.agreements = agreements;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    /** What the tranche's milestones entitle now (for pages to show before anyone releases). */
    @Transactional(readOnly = true)
    public ReleaseRule.Entitlement entitlement(Tranche tranche, boolean proRata) {
        return ReleaseRule.entitlement(conditions.findAllById(tranche.conditionIds()), proRata);
    }

    /**
     * Releases the tranche. The tranche's row stays locked until the transaction ends, so that of two releases at
     * once the second waits, then finds the tranche released and is refused.
     */
    @Transactional
    public TrancheReleased release(long trancheId, ReleaseForm form) {
        Tranche unlocked = tranches.findById(trancheId).orElseThrow(() -> new NotFoundException("funding tranche", trancheId));
        Agreement agreement = agreements.get(unlocked.agreementId());
        permissions.checkMayEdit(agreement);
        Tranche tranche = tranches.lockById(trancheId).orElseThrow();
        if (tranche.status() == TrancheStatus.RELEASED) {
            throw new InvalidInputException("tranche", "tranche-released");
        }
        List<Condition> milestones = conditions.findAllById(tranche.conditionIds());
        ReleaseRule.Entitlement entitlement = ReleaseRule.entitlement(milestones, agreement.proRata());
        if (!entitlement.allowed()) {
            throw new InvalidInputException("tranche", entitlement.refusal());
        }
        int digits = Math.max(0, Currency.getInstance(agreement.currency()).getDefaultFractionDigits());
        BigDecimal entitled = entitlement.amountOf(tranche.plannedAmount(), digits);
        BigDecimal amount = form.getAmount() == null ? entitled : form.getAmount();
        if (amount.signum() < 0 || amount.compareTo(entitled) > 0) {
            throw new InvalidInputException("amount", "release-above-entitlement", entitled.toPlainString(), agreement.currency());
        }
        LocalDate on = form.getReleasedOn() == null ? LocalDate.now(clock) : form.getReleasedOn();
        tranche.release(amount, entitlement.share(), on, CurrentActor.require().accountId(), clock.instant());
        tranches.saveAndFlush(tranche);
        agreement.touch(clock.instant());
        events.publishEvent(EntityChanged.diff("funding-tranche", trancheId, "released",
                EntityChanged.snapshot("status", TrancheStatus.PLANNED),
                EntityChanged.snapshot("status", TrancheStatus.RELEASED, "amount", amount, "currency", agreement.currency(),
                        "share", entitlement.share(), "releasedOn", on)));
        TrancheReleased released = new TrancheReleased(agreement.id(), trancheId, agreement.funderId(),
                agreement.recipientId(), amount, agreement.currency(), on);
        events.publishEvent(released);
        notices.trancheReleased(agreement, tranche, amount, on);
        return released;
    }

    /** Waives a condition, with a justification that is audited and shown publicly beside the tranches it gates. */
    @Transactional
    public void waive(long conditionId, WaiverForm form) {
        Condition condition = conditions.findById(conditionId)
                .orElseThrow(() -> new NotFoundException("funding condition", conditionId));
        Agreement agreement = agreements.get(condition.agreementId());
        permissions.checkMayEdit(agreement);
        String justification = form.getJustification() == null ? "" : form.getJustification().strip();
        if (justification.length() < 20) {
            throw new InvalidInputException("justification", "waiver-justification", 20);
        }
        if (condition.status() == ConditionStatus.WAIVED || condition.status() == ConditionStatus.MET) {
            throw new InvalidInputException("justification", "milestone-closed");
        }
        Map<String, Object> before = EntityChanged.snapshot("status", condition.status());
        condition.waive(justification, CurrentActor.require().accountId(), clock.instant());
        conditions.saveAndFlush(condition);
        events.publishEvent(EntityChanged.diff("funding-condition", conditionId, "waived", before,
                EntityChanged.snapshot("status", condition.status(), "justification", justification)));
        notices.conditionWaived(agreement, condition);
    }
}
