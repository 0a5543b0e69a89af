package org.concord.funding;

import java.util.Locale;

/** The funding module's section of a country's page, for the portal. */
public interface CountryFunding {

    /** Agreements, conditions by status and each institution's ownership curve, as the current reader may see them. */
    default CountryFundingSection countrySection(String country, Locale locale) {
        return countrySection(country, null, locale);
    }

    /**
     * The same with the amounts in {@code currency} (ISO 4217; null or not a code: US dollars): the agreements'
     * totals and the ownership curves converted, with the rates used.
     */
    CountryFundingSection countrySection(String country, String currency, Locale locale);
}
