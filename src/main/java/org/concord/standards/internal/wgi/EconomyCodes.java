package org.concord.standards.internal.wgi;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * World Bank economy codes to ISO 3166-1 alpha-2. Most World Bank codes are ISO alpha-3 and map through the country
 * table; the exceptions (old or World Bank-only codes: ROM, TMP, ZAR, ADO, WBG, KSV/XKX) come from the table
 * {@code standards_wb_economy_code}. A code that is neither (aggregates such as WLD, dissolved economies such as ANT,
 * groupings such as CHI, an exception mapped to no country) maps to nothing: the importer reports its rows and
 * imports none of them.
 */
final class EconomyCodes {

    private final Map<String, String> alpha3ToAlpha2;
    private final Map<String, Optional<String>> exceptions;

    /**
     * @param alpha3ToAlpha2 ISO 3166-1 alpha-3 to alpha-2, from the country table
     * @param exceptions World Bank code to alpha-2, or to null where the World Bank code names no single country
     */
    EconomyCodes(Map<String, String> alpha3ToAlpha2, Map<String, String> exceptions) {
        this.alpha3ToAlpha2 = Map.copyOf(alpha3ToAlpha2);
        Map<String, Optional<String>> e = new HashMap<>();
        exceptions.forEach((k, v) -> e.put(k.toUpperCase(Locale.ROOT), Optional.ofNullable(v)));
        this.exceptions = Map.copyOf(e);
    }

    /** The ISO alpha-2 code of a World Bank economy code, or empty where it names no single country. */
    Optional<String> iso(String worldBankCode) {
        String code = worldBankCode == null ? "" : worldBankCode.strip().toUpperCase(Locale.ROOT);
        Optional<String> exception = exceptions.get(code);
        if (exception != null) {
            return exception;
        }
        return Optional.ofNullable(alpha3ToAlpha2.get(code));
    }
}
