package org.concord.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One point of an institution's domestic ownership curve: in one year and one currency, how much of its programme
 * funding came (or is planned to come) from abroad and how much from the national budget, and how much of the
 * external part one donor alone provides. The sums are made in SQL (the phase-out part's OwnershipQueries); the shares here.
 *
 * <p>A share is a fraction between 0 and 1 with four decimals, rounded half-even; the two shares of a year add up to 1
 * (the national share is 1 minus the external one, so rounding cannot make them add up to 0.9999).
 *
 * @param largestDonorId     the donor giving the most external funding that year (null when there is none)
 * @param largestDonorAmount what that donor gives
 */
public record OwnershipYear(int year, String currency, BigDecimal external, BigDecimal national,
                            Long largestDonorId, String largestDonorName, BigDecimal largestDonorAmount) {

    /** One donor giving more than this fraction of the external funding makes the institution depend on it. */
    public static final BigDecimal ONE_DONOR_DEPENDENCE = new BigDecimal("0.5");

    private static final int SCALE = 4;

    public OwnershipYear {
        Objects.requireNonNull(currency, "currency");
        external = external == null ? BigDecimal.ZERO : external;
        national = national == null ? BigDecimal.ZERO : national;
        largestDonorAmount = largestDonorAmount == null ? BigDecimal.ZERO : largestDonorAmount;
    }

    public BigDecimal total() {
        return external.add(national);
    }

    /** external / (external + national); null when the year has no funding at all. */
    public BigDecimal externalShare() {
        BigDecimal total = total();
        return total.signum() == 0 ? null : external.divide(total, SCALE, RoundingMode.HALF_EVEN);
    }

    /** national / (external + national), as 1 minus the external share; null when the year has no funding at all. */
    public BigDecimal nationalShare() {
        BigDecimal external = externalShare();
        return external == null ? null : BigDecimal.ONE.setScale(SCALE).subtract(external);
    }

    /** The largest donor's part of the external funding; null when there is no external funding. */
    public BigDecimal largestDonorShare() {
        return external.signum() == 0 ? null : largestDonorAmount.divide(external, SCALE, RoundingMode.HALF_EVEN);
    }

    /** One donor gives more than half of the external funding (strictly more: two donors at 50 % each are not flagged). */
    public boolean dependsOnOneDonor() {
        return external.signum() > 0 && largestDonorAmount.compareTo(external.multiply(ONE_DONOR_DEPENDENCE)) > 0;
    }
}
