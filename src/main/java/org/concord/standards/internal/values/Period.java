package org.concord.standards.internal.values;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.standards.internal.indicators.Frequency;

/** A reporting period as people write it: "2020" (a year), "2020-Q3" (a quarter) or "2020-07" (a month). */
public record Period(String label, Frequency frequency, LocalDate start, LocalDate end) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /** The period {@code label} names, or empty when it is none of the three forms. */
    public static java.util.Optional<Period> parse(String label) {
        if (label == null) {
            return java.util.Optional.empty();
        }
        String text = label.trim().toUpperCase(java.util.Locale.ROOT);
        Matcher m;
        if ((m = YEAR.matcher(text)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return java.util.Optional.of(new Period(text, Frequency.ANNUAL, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
            return java.util.Optional.of(new Period(text, Frequency.QUARTERLY, first.atDay(1), first.plusMonths(2).atEndOfMonth()));
        }
        if ((m = MONTH.matcher(text)).matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return java.util.Optional.of(new Period(text, Frequency.MONTHLY, month.atDay(1), month.atEndOfMonth()));
        }
        return java.util.Optional.empty();
    }
}
