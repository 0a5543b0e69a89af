package org.concord.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An agreement in a line. {@code totalAmount} and {@code releasedAmount} are null when the funder keeps the amounts
 * confidential from the reader; the currency is ISO 4217.
 */
public record AgreementSummary(long id, String title, long funderId, String funderName, long recipientId,
                               String recipientName, String country, BigDecimal totalAmount, BigDecimal releasedAmount,
                               String currency, LocalDate start, LocalDate end, String status, int conditions,
                               int conditionsMet) {
}
