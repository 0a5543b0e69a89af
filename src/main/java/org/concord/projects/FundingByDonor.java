package org.concord.projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Counted spending (US dollars) by donor and calendar year of the transaction. */
public record FundingByDonor(List<Integer> years, List<Donor> donors, Map<Integer, BigDecimal> yearTotals,
                             BigDecimal total) {

    public record Donor(String donorKey, String donor, Long organisationId, Map<Integer, BigDecimal> byYear,
                        BigDecimal total) {
    }
}
