package org.concord.standards.internal.values;

import java.math.BigDecimal;
import java.time.Instant;
import org.concord.standards.Subject;

/** One value as pages, the API and exports list it, with where it is in its check. */
public record ValueRow(long id, long indicatorId, String indicatorCode, Subject subject, String disaggregation,
                       String period, BigDecimal value, BigDecimal standardError, BigDecimal lowerBound,
                       BigDecimal upperBound, ValueStatus status, String evidenceUrl, String evidenceDocument,
                       String returnComment, Instant verifiedAt, long version, long indicatorOwnerId) {
}
