package org.concord.standards;

import java.util.Locale;

/** What is measured: a country (ISO 3166-1 alpha-2) or an institution of the directory; exactly one of the two. */
public record Subject(String countryCode, Long organisationId) {

    public Subject {
        if ((countryCode == null) == (organisationId == null)) {
            throw new IllegalArgumentException("a subject is a country or an institution, exactly one of the two");
        }
        if (countryCode != null) {
            countryCode = countryCode.toUpperCase(Locale.ROOT);
        }
    }

    public static Subject country(String countryCode) {
        return new Subject(countryCode, null);
    }

    public static Subject institution(long organisationId) {
        return new Subject(null, organisationId);
    }

    public boolean isCountry() {
        return countryCode != null;
    }

    /** "country:FR" or "institution:42": how CSV files and links name a subject. */
    public String key() {
        return isCountry() ? "country:" + countryCode : "institution:" + organisationId;
    }
}
