package org.concord.exchangerates;

import java.math.BigDecimal;

/** An amount converted: {@code amount} in {@code currency}, from {@code original}, at {@code rate}. */
public record Conversion(BigDecimal amount, String currency, BigDecimal original, String originalCurrency,
                         AppliedRate rate) {
}
