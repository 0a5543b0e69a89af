package org.concord.funding;

import java.util.Locale;

/** The funding module's section of a country's page, for the portal. */
public interface CountryFunding {

    /** Agreements, conditions by status and each institution's ownership curve, as the current reader may see them. */
    CountryFundingSection countrySection(String country, Locale locale);
}
