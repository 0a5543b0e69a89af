package org.concord.projects.internal.iati;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.concord.projects.internal.iati.IatiActivity.Narrative;

/**
 * The values of an activity's elements and attributes as the IATI schema types them (xsd:decimal, xsd:date,
 * xsd:boolean, narratives), read as {@link IatiReader} describes: a value that is not of its type is left out with a
 * warning, or rejects the activity when it cannot do without it.
 */
final class IatiValues {

    /** xsd:decimal: digits with an optional sign and fraction, no exponent. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IatiValues() {
    }

    /** A date the activity cannot do without (transaction-date, budget period): missing or invalid rejects. */
    static LocalDate requiredDate(ActivityRules.Findings findings, IatiElement parent, String childName) {
        IatiElement element = parent.child(childName);
        if (element == null) {
            findings.reject(parent.path(childName), IatiRule.REQUIRED, childName);
            return null;
        }
        String value = element.attr("iso-date");
        LocalDate date = isoDate(value);
        if (date == null) {
            if (value == null) {
                findings.reject(element.path(), IatiRule.REQUIRED, "iso-date");
            } else {
                findings.reject(element.path(), IatiRule.DATE_INVALID, value);
            }
        }
        return date;
    }

    /** A date that may be absent; an invalid one is left out with a warning. */
    static LocalDate optionalDate(ActivityRules.Findings findings, IatiElement element, String attribute) {
        String value = element.attr(attribute);
        LocalDate date = isoDate(value);
        if (value != null && date == null) {
            findings.warn(element.path(), IatiRule.DATE_INVALID_LEFT_OUT, attribute, value);
        }
        return date;
    }

    static BigDecimal percentage(ActivityRules.Findings findings, IatiElement element) {
        String value = element.attr("percentage");
        BigDecimal percentage = decimal(value);
        if (value != null && percentage == null) {
            findings.warn(element.path(), IatiRule.PERCENTAGE_INVALID, value);
        }
        return percentage;
    }

    static Integer integer(ActivityRules.Findings findings, IatiElement element, String attribute) {
        String value = element.attr(attribute);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            findings.warn(element.path(), IatiRule.NOT_WHOLE_NUMBER, attribute, value);
            return null;
        }
    }

    /** xsd:boolean. */
    static Boolean bool(ActivityRules.Findings findings, IatiElement element, String attribute) {
        String value = element.attr(attribute);
        if (value == null) {
            return null;
        }
        switch (value) {
            case "1", "true" -> {
                return true;
            }
            case "0", "false" -> {
                return false;
            }
            default -> {
                findings.warn(element.path(), IatiRule.NOT_BOOLEAN, attribute, value);
                return null;
            }
        }
    }

    static String code(IatiElement parent, String childName) {
        IatiElement child = parent.child(childName);
        return child == null ? null : child.attr("code");
    }

    /** Every non-blank narrative, in document order. */
    static List<Narrative> narratives(IatiElement container) {
        if (container == null) {
            return List.of();
        }
        List<Narrative> narratives = new ArrayList<>();
        for (IatiElement narrative : container.all("narrative")) {
            if (narrative.text() != null) {
                narratives.add(new Narrative(narrative.language(), narrative.text()));
            }
        }
        return narratives;
    }

    static Narrative firstNarrative(IatiElement container) {
        List<Narrative> narratives = narratives(container);
        return narratives.isEmpty() ? null : narratives.get(0);
    }

    static String firstText(IatiElement container) {
        Narrative narrative = firstNarrative(container);
        return narrative == null ? null : narrative.text();
    }

    /** The number, stripped of trailing zeros; null when absent or not an xsd:decimal. */
    static BigDecimal decimal(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text).stripTrailingZeros();
    }

    /** yyyy-mm-dd and a real day of the calendar; null otherwise. */
    static LocalDate isoDate(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
