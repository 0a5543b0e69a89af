package org.concord.funding;

import java.util.List;
import java.util.Map;

/**
 * What a country's page shows of funding: its agreements (the most recent {@link #AGREEMENTS_SHOWN}), its conditions
 * counted by status, and the ownership curve of each institution funded there with the JSON of its charts
 * (institution id → currency → chart data), all amounts converted to {@code currency}.
 *
 * <p>{@code money}: the totals of ALL the country's agreements ({@code agreementCount} of them, not only the listed
 * ones), the same for every reader: agreements whose funder keeps the amounts confidential
 * ({@code confidentialLeftOut} of them) are in no total, so that no reader can work a confidential amount out of
 * them; its {@code byAgreement} converts the listed lines the reader may see.
 */
public record CountryFundingSection(List<AgreementSummary> agreements, Map<String, Long> conditionsByStatus,
                                    List<InstitutionCurve> curves, Map<Long, Map<String, String>> charts,
                                    long duplicateAsks, long contradictoryAsks, String currency, FundingTotals money,
                                    long agreementCount, long confidentialLeftOut) {

    public static final int AGREEMENTS_SHOWN = 10;

    public boolean empty() {
        return agreements.isEmpty() && curves.isEmpty() && conditionsByStatus.isEmpty();
    }

    /** More agreements than the list shows: the page links to all of them. */
    public boolean moreThanShown() {
        return agreementCount > agreements.size();
    }
}
