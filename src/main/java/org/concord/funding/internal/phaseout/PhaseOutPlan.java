package org.concord.funding.internal.phaseout;

import org.concord.funding.InstitutionCurve;
import org.concord.funding.OwnershipYear;
import java.math.BigDecimal;
import org.concord.funding.OwnershipYear;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement's sunset clause: the date external funding ends and, per year, the planned external and national
 * (co-financing) amounts of the recipient's programme, in the agreement's currency. {@code sunsetDate} is null while
 * no sunset clause is recorded.
 */
public record PhaseOutPlan(long agreementId, String agreementTitle, long funderId, long recipientId, String currency,
                           LocalDate agreementEnd, LocalDate sunsetDate, String note, List<Year> years,
                           long version) {

    /** One year of the plan. */
    public record Year(int year, BigDecimal externalAmount, BigDecimal nationalAmount) {

        /** The external part of the year's programme budget, 0..1 (null for a year with no money at all). */
        public BigDecimal externalShare() {
            return new OwnershipYear(year, "XXX", externalAmount, nationalAmount, null, null, null).externalShare();
        }

        public BigDecimal nationalShare() {
            return new OwnershipYear(year, "XXX", externalAmount, nationalAmount, null, null, null).nationalShare();
        }
    }

    public boolean recorded() {
        return sunsetDate != null;
    }
}
