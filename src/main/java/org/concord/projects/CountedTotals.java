package org.concord.projects;

import java.math.BigDecimal;

/**
 * Money counted once, in US dollars (approximate, at Concord's annual rates). {@code budgetLeftOutUsd} and
 * {@code spendingLeftOutUsd} are what the rules left out as already counted elsewhere; {@code unconverted}
 * counts amounts in a currency without a rate, which no total includes.
 */
public record CountedTotals(long activities, BigDecimal budgetUsd, BigDecimal budgetLeftOutUsd, BigDecimal spendingUsd,
                            BigDecimal spendingLeftOutUsd, long unconverted) {
}
