package org.concord.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money passed from one Concord activity to another, both named, with the rule that decided how it counts. */
public record Transfer(long fromId, String fromIdentifier, String fromTitle, long toId, String toIdentifier,
                       String toTitle, String transactionType, LocalDate date, BigDecimal amount, String currency,
                       BigDecimal amountUsd, String rule) {
}
