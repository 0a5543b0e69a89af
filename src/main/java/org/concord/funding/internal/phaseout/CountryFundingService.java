package org.concord.funding.internal.phaseout;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.concord.funding.CountryFunding;
import org.concord.funding.CountryFundingSection;
import org.concord.funding.FundingAgreements;
import org.concord.funding.InstitutionCurve;
import org.concord.funding.internal.money.FundingMoney;
import org.concord.funding.internal.register.RegisterService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Composes the country page's funding section from the agreements, the register and the ownership curves. */
@Service
class CountryFundingService implements CountryFunding {

    private final FundingAgreements agreements;
    private final RegisterService register;
    private final OwnershipService ownership;

    private final FundingMoney money;

    CountryFundingService(FundingAgreements agreements, RegisterService register, OwnershipService ownership,
                          FundingMoney money) {
        this.money = money;
        this.agreements = agreements;
        this.register = register;
        this.ownership = ownership;
    }

    @Override
    @Transactional(readOnly = true)
    public CountryFundingSection countrySection(String country, String currency, Locale locale) {
        String chosen = FundingMoney.chosen(currency);
        var curves = ownership.country(country, chosen, locale);
        Map<Long, Map<String, String>> charts = curves.stream()
                .collect(Collectors.toMap(InstitutionCurve::institutionId, OwnershipChart::json));
        RegisterService.Register conditions = register.register(country, locale);
        var shown = agreements.inCountry(country, CountryFundingSection.AGREEMENTS_SHOWN);
        // the totals cover every agreement of the country, not only the shown ones
        FundingMoney.CountryTotals totals = money.countryTotals(country, chosen, shown);
        return new CountryFundingSection(shown, conditions.byStatus(), curves, charts, conditions.duplicates(),
                conditions.contradictions(), chosen, totals.money(), totals.agreements(), totals.confidentialLeftOut());
    }
}
