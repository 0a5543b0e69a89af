package org.concord.funding.internal.release;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import org.concord.funding.internal.agreements.Condition;
import org.concord.funding.internal.agreements.ConditionStatus;

/**
 * How much of a tranche its milestones entitle the recipient to. A tranche is released in full when every milestone
 * it depends on is verified as met or waived by the funder. A milestone not yet verified, or verified as not met,
 * holds the whole tranche back. A partly met milestone holds it back too, unless the agreement releases pro-rata
 * shares: then the tranche releases the PRODUCT of its milestones' shares (met and waived count as 100 %), since
 * each milestone gates the money on its own; two milestones each met at 50 % release 25 %. The amount is the
 * planned amount times that share, rounded half-even to the currency's minor unit (cents for most).
 */
public final class ReleaseRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What the milestones allow: the share (0-100) when {@code allowed}, else the rule that refuses, for the message. */
    public record Entitlement(boolean allowed, BigDecimal share, String refusal) {

        static Entitlement refused(String rule) {
            return new Entitlement(false, BigDecimal.ZERO, rule);
        }

        public BigDecimal amountOf(BigDecimal planned, int fractionDigits) {
            return planned.multiply(share).divide(HUNDRED, fractionDigits, RoundingMode.HALF_EVEN);
        }
    }

    private ReleaseRule() {
    }

    public static Entitlement entitlement(Collection<Condition> milestones, boolean proRata) {
        BigDecimal share = HUNDRED;
        boolean partly = false;
        for (Condition c : milestones) {
            ConditionStatus status = c.status();
            if (status == ConditionStatus.OPEN || status == ConditionStatus.SUBMITTED) {
                return Entitlement.refused("milestones-not-verified");
            }
            if (status == ConditionStatus.NOT_MET) {
                return Entitlement.refused("milestone-not-met");
            }
            if (status == ConditionStatus.PARTLY_MET) {
                partly = true;
                share = share.multiply(c.metShare()).divide(HUNDRED, MathContext.DECIMAL64);
            }
        }
        if (partly && !proRata) {
            return Entitlement.refused("milestone-partly-met");
        }
        return new Entitlement(true, share.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros(), null);
    }
}
