package org.concord.funding.internal.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An agreement as one reader may see it: what the funder marked confidential is null unless the reader is a party,
 * an assigned evaluator or an administrator. Waiver justifications are always public. The {@code may*} flags say
 * which actions to offer the reader; the services decide.
 */
public record AgreementDetail(long id, String title, String description, Party funder, Party recipient,
                              String country, BigDecimal totalAmount, BigDecimal releasedAmount, String currency,
                              LocalDate startDate, LocalDate endDate, String status, boolean proRata,
                              String iatiIdentifier, Set<String> confidential, List<ActivityRef> activities,
                              List<Party> evaluators, List<ConditionView> conditions, List<TrancheView> tranches,
                              Access access, long version) {

    public record Party(long id, String name) {
    }

    public record ActivityRef(long id, String iatiIdentifier, String title) {
    }

    /** What the reader may do and see. */
    public record Access(boolean seesConfidential, boolean mayEdit, boolean maySubmitEvidence, boolean mayVerify) {
    }

    public record ConditionView(long id, int position, String kind, String text, Long indicatorId, String comparator,
                                BigDecimal targetValue, BigDecimal baselineValue, LocalDate dueDate, String status,
                                BigDecimal metShare, String waiverJustification, Instant waivedAt,
                                List<EvidenceView> evidence, List<VerificationView> verifications,
                                IndicatorReading indicator) {

        public boolean waived() {
            return "WAIVED".equals(status);
        }
    }

    public record EvidenceView(long id, String statement, List<DocumentView> documents, BigDecimal indicatorValue,
                               String indicatorPeriod, boolean indicatorVerified, Instant submittedAt) {
    }

    /**
     * An outcome condition's indicator as the standards module has it: its name and latest verified value for the
     * recipient (or the country), and whether that value reaches the target. Null fields when there is none.
     */
    public record IndicatorReading(String code, String name, BigDecimal latestValue, String latestPeriod,
                                   Boolean targetReached) {
    }

    public record DocumentView(String title, String reference, boolean link) {
    }

    public record VerificationView(long id, String outcome, BigDecimal share, String finding, Party evaluator,
                                   Instant verifiedAt) {
    }

    /** A tranche; {@code entitledShare} and {@code refusal} say what its milestones allow today. */
    public record TrancheView(long id, int position, BigDecimal plannedAmount, LocalDate plannedDate, String status,
                              BigDecimal releasedAmount, LocalDate releasedOn, BigDecimal releasedShare,
                              List<Long> conditionIds, boolean releasable, BigDecimal entitledShare, String refusal) {
    }

    public ConditionView condition(long conditionId) {
        return conditions.stream().filter(c -> c.id() == conditionId).findFirst().orElse(null);
    }

    /** The waived conditions this tranche depends on: shown, with their justification, beside it. */
    public List<ConditionView> waiversOf(TrancheView tranche) {
        return conditions.stream().filter(c -> c.waived() && tranche.conditionIds().contains(c.id())).toList();
    }
}
