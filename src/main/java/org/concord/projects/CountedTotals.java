package org.concord.projects;

import java.math.BigDecimal;

/**
 * Money counted once, in US dollars (approximate, at Concord's annual rates). {@code budgetLeftOutUsd} and
 * {@code spendingLeftOutUsd} are what the rules left out as already counted elsewhere; {@code unconverted}
 * counts amounts in a currency without a rate, which no total includes. {@code budgetNegativeUsd} and
 * {@code spendingNegativeUsd} are the negative budgets and spending the totals include as their files state (zero or
 * below): shown beside the totals, since a reader should question them.
 */
public record CountedTotals(long activities, BigDecimal budgetUsd, BigDecimal budgetLeftOutUsd, BigDecimal spendingUsd,
                            BigDecimal spendingLeftOutUsd, long unconverted, BigDecimal budgetNegativeUsd,
                            BigDecimal spendingNegativeUsd) {

    public CountedTotals(long activities, BigDecimal budgetUsd, BigDecimal budgetLeftOutUsd, BigDecimal spendingUsd,
                         BigDecimal spendingLeftOutUsd, long unconverted) {
        this(activities, budgetUsd, budgetLeftOutUsd, spendingUsd, spendingLeftOutUsd, unconverted,
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
    }
}
