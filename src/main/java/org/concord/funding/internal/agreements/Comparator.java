package org.concord.funding.internal.agreements;

import java.math.BigDecimal;

/** How an outcome condition's indicator value is held to its target. */
public enum Comparator {
    /** the value reaches the target or more (≥) */
    AT_LEAST,
    /** the value stays at the target or below (≤) */
    AT_MOST;

    public boolean reached(BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return this == AT_LEAST ? c >= 0 : c <= 0;
    }

    public String symbol() {
        return this == AT_LEAST ? "≥" : "≤";
    }
}
