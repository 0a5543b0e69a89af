package org.concord.projects.internal.overlap;

import java.math.BigDecimal;

/**
 * How pairs are scored: each weight multiplies one signal (shared reform area, shared beneficiary, shared
 * implementer: 0 or 1; text similarity and the share of the shorter period that overlaps: 0 to 1). The
 * score is the weighted average, so weights are relative; pairs scoring below {@code threshold} are not kept.
 */
public record OverlapSettings(BigDecimal weightArea, BigDecimal weightBeneficiary, BigDecimal weightImplementer,
                              BigDecimal weightText, BigDecimal weightPeriod, BigDecimal threshold) {
}
