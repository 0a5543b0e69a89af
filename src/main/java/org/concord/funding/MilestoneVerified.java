package org.concord.funding;

/** An independent evaluator verified a milestone: MET, PARTLY_MET (with the share, 0-100) or NOT_MET. */
public record MilestoneVerified(long agreementId, long conditionId, String outcome, java.math.BigDecimal share) {
}
