package org.concord.standards.internal.wgi;

/**
 * What a column of a governance-indicators file holds. A saved column mapping names, for each, the header of the
 * column that holds it in one edition's layout; {@link #defaultHeader} is the 2024 update's long layout.
 */
public enum WgiColumn {
    ECONOMY_CODE("code", true),
    ECONOMY_NAME("countryname", false),
    YEAR("year", true),
    INDICATOR("indicator", true),
    ESTIMATE("estimate", true),
    STANDARD_ERROR("stddev", false),
    PERCENTILE_RANK("pctrank", false),
    PERCENTILE_RANK_LOWER("pctranklower", false),
    PERCENTILE_RANK_UPPER("pctrankupper", false);

    private final String defaultHeader;
    private final boolean required;

    WgiColumn(String defaultHeader, boolean required) {
        this.defaultHeader = defaultHeader;
        this.required = required;
    }

    public String defaultHeader() {
        return defaultHeader;
    }

    public boolean required() {
        return required;
    }

    /** The form field and message key suffix, e.g. {@code economyCode}. */
    public String field() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder s = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            s.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return s.toString();
    }
}
