package org.concord.projects.internal.iati;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The rules an IATI activity is read and checked by, each with a stable key: a problem is stored as its key and
 * arguments and shown in the reader's language from the message bundle ({@code iati.rule.<key>} in
 * {@code i18n/projects*.properties}). The English text of the bundle's default file is the problem's
 * {@link Problem#rule() rule} in logs, the command line and tests.
 */
public enum IatiRule {
    // the activity is rejected
    ACTIVITY_TOO_LARGE,
    REQUIRED,
    BLANK,
    DEFAULT_CURRENCY_UNKNOWN,
    CURRENCY_UNKNOWN,
    CURRENCY_MISSING,
    VALUE_NOT_A_NUMBER,
    DATE_INVALID,
    DUPLICATE_IDENTIFIER,
    REPORTING_ORG_NOT_IMPORTERS,
    /** Decided in the database (projects_import_activity), where the stored activity is locked. */
    ENTERED_BY_HAND,
    // the activity is kept, with a warning
    TITLE_MISSING,
    REPORTING_ORG_NO_REF,
    LAST_UPDATED_NO_ZONE,
    LAST_UPDATED_INVALID,
    ACTIVITY_DATE_NO_DATE,
    ACTIVITY_DATE_INVALID,
    ATTRIBUTE_MISSING,
    COUNTRY_UNKNOWN,
    REGION_UNKNOWN,
    SECTOR_UNKNOWN,
    SECTOR_NO_VOCABULARY,
    SECTOR_CATEGORY_UNKNOWN,
    TRANSACTION_TYPE_UNKNOWN,
    POSITION_INVALID,
    AID_TYPE_VOCABULARY,
    BASELINE_YEAR,
    BASELINES_FIRST_KEPT,
    TARGETS_FIRST_KEPT,
    ACTUALS_FIRST_KEPT,
    COUNTRY_PERCENTAGES_NOT_GIVEN,
    COUNTRY_PERCENTAGES_SUM,
    REGION_PERCENTAGES_NOT_GIVEN,
    REGION_PERCENTAGES_SUM,
    GEOGRAPHY_PERCENTAGES_NOT_GIVEN,
    GEOGRAPHY_PERCENTAGES_SUM,
    SECTOR_PERCENTAGES_NOT_GIVEN,
    SECTOR_PERCENTAGES_SUM,
    PERCENTAGE_INVALID,
    NOT_WHOLE_NUMBER,
    NOT_BOOLEAN,
    DATE_INVALID_LEFT_OUT,
    KEPT_AS_PUBLISHED,
    NEGATIVE_VALUE,
    DATE_FAR_FUTURE,
    ACTUAL_DATE_FUTURE,
    // the file was repaired at the importer's explicit choice (imports.Repair): one row per change
    CHARACTER_REMOVED;

    /** Prefix of the rules' message keys. */
    public static final String MESSAGE_PREFIX = "iati.rule.";

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The stable key stored with a problem: value-not-a-number. */
    public String key() {
        return key;
    }

    /** The message bundle key: iati.rule.value-not-a-number. */
    public String messageKey() {
        return MESSAGE_PREFIX + key;
    }

    /** The rule in English, from the bundle's default file, with its arguments in place. */
    public String english(Object... arguments) {
        return new MessageFormat(English.BUNDLE.getString(messageKey()), Locale.ROOT).format(arguments);
    }

    /** null when no rule has that key (a row stored by a later version). */
    public static IatiRule ofKey(String key) {
        if (key == null) {
            return null;
        }
        for (IatiRule rule : values()) {
            if (rule.key.equals(key)) {
                return rule;
            }
        }
        return null;
    }

    /** Loaded on the first problem, not with the enum. */
    private static final class English {
        static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n/projects", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
