package org.concord.funding.internal.phaseout;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.concord.funding.CountryFunding;
import org.concord.funding.CountryFundingSection;
import org.concord.funding.FundingAgreements;
import org.concord.funding.InstitutionCurve;
import org.concord.funding.internal.register.RegisterService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Composes the country page's funding section from the agreements, the register and the ownership curves. */
@Service
class CountryFundingService implements CountryFunding {

    private final FundingAgreements agreements;
    private final RegisterService register;
    private final OwnershipService ownership;

    CountryFundingService(FundingAgreements agreements, RegisterService register, OwnershipService ownership) {
        this.agreements = agreements;
        this.register = register;
        this.ownership = ownership;
    }

    @Override
    @Transactional(readOnly = true)
    public CountryFundingSection countrySection(String country, Locale locale) {
        var curves = ownership.country(country, locale);
        Map<Long, Map<String, String>> charts = curves.stream()
                .collect(Collectors.toMap(InstitutionCurve::institutionId, OwnershipChart::json));
        RegisterService.Register conditions = register.register(country, locale);
        return new CountryFundingSection(agreements.inCountry(country, CountryFundingSection.AGREEMENTS_SHOWN),
                conditions.byStatus(), curves, charts, conditions.duplicates(), conditions.contradictions());
    }
}
