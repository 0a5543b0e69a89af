package org.concord.funding;

import java.util.List;
import java.util.Map;

/**
 * What a country's page shows of funding: its agreements (the most recent {@code agreementsShown}), its conditions
 * counted by status, and the ownership curve of each institution funded there with the JSON of its charts
 * (institution id → currency → chart data), all amounts converted to {@code currency} ({@code money}: the agreements'
 * totals).
 */
public record CountryFundingSection(List<AgreementSummary> agreements, Map<String, Long> conditionsByStatus,
                                    List<InstitutionCurve> curves, Map<Long, Map<String, String>> charts,
                                    long duplicateAsks, long contradictoryAsks, String currency, FundingTotals money) {

    public static final int AGREEMENTS_SHOWN = 10;

    public boolean empty() {
        return agreements.isEmpty() && curves.isEmpty() && conditionsByStatus.isEmpty();
    }
}
