package org.concord.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.concord.exchangerates.AppliedRate;
import org.concord.exchangerates.Conversion;

/**
 * Agreements' money in the currency the reader chose: each agreement's total converted at its start date (by agreement
 * id), the sum of those totals and of the released tranches (each at its release date), the distinct rates each sum
 * used, and the amounts no rate applies to, which the sums leave out. Confidential amounts are not in it.
 */
public record FundingTotals(String currency, Map<Long, Conversion> byAgreement, BigDecimal total, BigDecimal released,
                            List<AppliedRate> totalRates, List<AppliedRate> releasedRates,
                            List<Unconverted> unconverted) {

    public boolean anything() {
        return !byAgreement.isEmpty() || !unconverted.isEmpty() || total.signum() != 0 || released.signum() != 0;
    }

    /** An amount in its own currency, of the agreement named {@code label}, that no rate on {@code on} applies to. */
    public record Unconverted(String label, BigDecimal amount, String currency, LocalDate on) {
    }
}
