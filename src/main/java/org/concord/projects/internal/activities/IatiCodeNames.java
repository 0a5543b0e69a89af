package org.concord.projects.internal.activities;

import org.concord.projects.internal.iati.IatiCodelists;
import org.springframework.stereotype.Component;

/** Names of IATI codes for pages, from the official codelists (English, as IATI publishes them). */
@Component("iatiCodes")
public class IatiCodeNames {

    private final IatiCodelists codelists = IatiCodelists.standard();
    private final org.concord.projects.internal.country.Regions regions;

    public IatiCodeNames(org.concord.projects.internal.country.Regions regions) {
        this.regions = regions;
    }

    /** The English name of a code in one of the shipped codelists (FlowType, FinanceType, TiedStatus...), or null. */
    public String name(String codelist, String code) {
        return code == null ? null : codelists.name(codelist, code).orElse(null);
    }

    /** The name of an aid type: vocabulary 1 (OECD DAC, the default) from the AidType codelist, else null. */
    public String aidType(String vocabulary, String code) {
        return vocabulary == null || "1".equals(vocabulary) ? name("AidType", code) : null;
    }

    /** An OECD DAC region's name in the reader's language; the code itself when it is not one. */
    public String region(String code, java.util.Locale locale) {
        return code == null ? null : regions.name(code, locale).orElse(code);
    }

    /** The sector's name in the DAC 5-digit (vocabulary 1) or 3-digit (2) list; null for publishers' own codes. */
    public String sector(String vocabulary, String code) {
        if (code == null) {
            return null;
        }
        String list = vocabulary == null || "1".equals(vocabulary) ? "Sector" : "2".equals(vocabulary) ? "SectorCategory" : null;
        return list == null ? null : codelists.name(list, code).orElse(null);
    }

    public String region(String code) {
        return code == null ? null : codelists.name("Region", code).orElse(code);
    }
}
