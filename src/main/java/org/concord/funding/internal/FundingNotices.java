package org.concord.funding.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.funding.internal.agreements.Agreement;
import org.concord.funding.internal.agreements.Condition;
import org.concord.funding.internal.agreements.ConditionStatus;
import org.concord.funding.internal.agreements.ConfidentialField;
import org.concord.funding.internal.agreements.Tranche;
import org.concord.notifications.NotificationRequested;
import org.concord.notifications.NotificationRequested.RoleHolders;
import org.concord.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the people an agreement's milestones concern what happened to them, through the notifications module. The
 * services call it inside the transaction of the write, so the request is stored with the write (Spring Modulith's
 * event publication registry) and delivered once after it commits, or not at all if it rolls back.
 *
 * <p>Who hears of what: evidence submitted, the EVALUATORs of the agreement's assigned evaluator organisations (none
 * assigned yet: nobody); a milestone verified, the COORDINATORs of the funder and the recipient; a tranche released or
 * a condition waived, the COORDINATORs of the recipient. Every one of them may see the agreement's confidential
 * fields ({@link FundingPermissions#maySeeConfidential}), yet no notice carries a confidential field: they name the
 * agreement's title (never confidential) and the condition's or tranche's number, never a condition's text, a finding
 * or the evidence; a released amount only when the funder does not keep the amounts confidential, because notices
 * also leave Concord by e-mail. Each text is a key of the funding bundle, rendered in each recipient's language.
 */
@Component
public class FundingNotices {

    public static final String EVIDENCE_SUBMITTED = "funding.evidence-submitted";
    public static final String MILESTONE_VERIFIED = "funding.milestone-verified";
    public static final String TRANCHE_RELEASED = "funding.tranche-released";
    public static final String CONDITION_WAIVED = "funding.condition-waived";

    private final ApplicationEventPublisher events;

    FundingNotices(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void evidenceSubmitted(Agreement agreement, Condition condition) {
        Set<RoleHolders> evaluators = agreement.evaluatorIds().stream()
                .map(org -> new RoleHolders(Role.EVALUATOR, org, false)).collect(Collectors.toSet());
        if (evaluators.isEmpty()) {
            return;
        }
        events.publishEvent(new NotificationRequested(EVIDENCE_SUBMITTED, Set.of(), evaluators,
                "funding-notice.evidence-submitted", List.of(agreement.title(), String.valueOf(condition.position())),
                conditionLink(agreement, condition)));
    }

    public void milestoneVerified(Agreement agreement, Condition condition, ConditionStatus outcome, BigDecimal share) {
        events.publishEvent(new NotificationRequested(MILESTONE_VERIFIED, Set.of(),
                Set.of(coordinators(agreement.funderId()), coordinators(agreement.recipientId())),
                "funding-notice.verified." + outcome.name(), List.of(agreement.title(),
                        String.valueOf(condition.position()), share == null ? "" : share.stripTrailingZeros().toPlainString()),
                conditionLink(agreement, condition)));
    }

    public void trancheReleased(Agreement agreement, Tranche tranche, BigDecimal amount, LocalDate on) {
        boolean amountShown = !agreement.isConfidential(ConfidentialField.AMOUNTS);
        events.publishEvent(new NotificationRequested(TRANCHE_RELEASED, Set.of(), Set.of(coordinators(agreement.recipientId())),
                amountShown ? "funding-notice.tranche-released" : "funding-notice.tranche-released.amount-confidential",
                amountShown
                        ? List.of(agreement.title(), String.valueOf(tranche.position()), on.toString(),
                                amount.toPlainString(), agreement.currency())
                        : List.of(agreement.title(), String.valueOf(tranche.position()), on.toString()),
                "/funding/agreements/" + agreement.id() + "#tranche-" + tranche.id()));
    }

    public void conditionWaived(Agreement agreement, Condition condition) {
        events.publishEvent(new NotificationRequested(CONDITION_WAIVED, Set.of(), Set.of(coordinators(agreement.recipientId())),
                "funding-notice.condition-waived", List.of(agreement.title(), String.valueOf(condition.position())),
                conditionLink(agreement, condition)));
    }

    private static RoleHolders coordinators(long organisationId) {
        return new RoleHolders(Role.COORDINATOR, organisationId, false);
    }

    private static String conditionLink(Agreement agreement, Condition condition) {
        return "/funding/agreements/" + agreement.id() + "#condition-" + condition.id();
    }
}
