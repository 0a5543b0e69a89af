package org.concord.funding.internal.register;

import java.math.BigDecimal;

/**
 * One line of the conditionality register: an active condition of a donor's agreement on an institution. Fields the
 * funder marked confidential are null here when the reader may not see them.
 *
 * @param outcome   an outcome condition (tied to an indicator and a target) rather than a process condition
 * @param status    the condition's status as the funding module names it (for instance PENDING, MET, WAIVED)
 */
public record RegisterCondition(long id, long agreementId, String agreementTitle, long funderId, String funderName,
                                long institutionId, String institutionName, boolean outcome, String text,
                                Long indicatorId, String indicatorName, TargetComparator comparator, BigDecimal target,
                                String status) {
}
