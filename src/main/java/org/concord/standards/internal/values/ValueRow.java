package org.concord.standards.internal.values;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import org.concord.standards.Subject;

/**
 * One value as pages, the API and exports list it, with where it is in its check. Who entered and submitted it (account
 * ids) stay out of the API: pages use them to offer verification only to someone else.
 */
public record ValueRow(long id, long indicatorId, String indicatorCode, Subject subject, String disaggregation,
                       String period, BigDecimal value, BigDecimal standardError, BigDecimal lowerBound,
                       BigDecimal upperBound, ValueStatus status, String evidenceUrl, String evidenceDocument,
                       String returnComment, Instant verifiedAt, long version, long indicatorOwnerId,
                       @JsonIgnore Long enteredBy, @JsonIgnore Long submittedBy) {

    /** Entered or submitted by this account (which then does not verify it). */
    public boolean handledBy(long accountId) {
        return Long.valueOf(accountId).equals(enteredBy) || Long.valueOf(accountId).equals(submittedBy);
    }
}
