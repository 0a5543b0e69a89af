package org.concord.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A tranche was released: what was paid, in which currency (ISO 4217), on which day. */
public record TrancheReleased(long agreementId, long trancheId, long funderId, long recipientId, BigDecimal amount,
                              String currency, LocalDate releasedOn) {
}
