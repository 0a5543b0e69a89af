package org.concord.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.concord.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Concord's one formatter of numbers, amounts and dates: every page formats through it (templates call it as
 * {@code @amounts}), so that all follow the interface language the same way: its grouping, decimal mark, month
 * names and digits. Arabic uses Latin digits throughout (see {@link Language}). US-dollar amounts are whole
 * dollars (or a compact figure in narrow table cells) marked as approximate, since they come from annual average
 * rates. Years and identifiers are never formatted as numbers ("2014", not "2,014").
 */
@Component("amounts")
public class Amounts {

    private static final String NONE = "—";

    private final MessageSource messages;

    public Amounts(MessageSource messages) {
        this.messages = messages;
    }

    /** The locale numbers and dates are written in: the interface language's, Latin digits for Arabic. */
    public static Locale locale(Locale locale) {
        return Language.of(locale).map(Language::locale).orElse(locale == null ? Locale.ENGLISH : locale);
    }

    /** "≈ 1,234,567 USD" in the locale's digits and grouping. */
    public String usd(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return messages.getMessage("funding.usd.unknown", null, locale);
        }
        return messages.getMessage("funding.usd", new Object[] {whole(amount, locale)}, locale);
    }

    /** A whole number, "3 077" in French, "3,077" in English. */
    public String whole(Number amount, Locale locale) {
        if (amount == null) {
            return NONE;
        }
        BigDecimal value = amount instanceof BigDecimal b ? b : new BigDecimal(amount.toString());
        return NumberFormat.getIntegerInstance(locale(locale)).format(value.setScale(0, RoundingMode.HALF_EVEN));
    }

    /** A number as given, with at most two decimals: "1 234,5" in French. */
    public String number(Number value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale(locale));
        format.setMaximumFractionDigits(2);
        return format.format(value instanceof BigDecimal ? value : new BigDecimal(value.toString()));
    }

    /** A value that may be a number or words (an indicator's value): the number formatted, words as they are. */
    public String value(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        try {
            return number(new BigDecimal(text.strip()), locale);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** A year as a year: "2014", never grouped. */
    public String year(Integer year) {
        return year == null ? NONE : Integer.toString(year);
    }

    /** An amount in its own currency, "400,000 EUR", as reported. */
    public String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return messages.getMessage("funding.usd.unknown", null, locale);
        }
        String money = number(amount, locale) + (currency == null ? "" : "\u00a0" + currency);
        // in a right-to-left language the Latin-written amount and its code read as one left-to-right unit, so that
        // "-200,000 USD" and "1,000,000 USD" are laid out alike (the minus sign alone would turn a negative around)
        return Language.of(locale).map(Language::rightToLeft).orElse(false) ? ISOLATE + money + END_ISOLATE : money;
    }

    /** First-strong isolate and its end (Unicode bidirectional isolates, which browsers honour). */
    private static final String ISOLATE = "\u2068";
    private static final String END_ISOLATE = "\u2069";

    /** "≈ 1.2M USD": for cells of wide tables. */
    public String usdShort(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return messages.getMessage("funding.usd.unknown", null, locale);
        }
        NumberFormat compact = NumberFormat.getCompactNumberInstance(locale(locale), NumberFormat.Style.SHORT);
        compact.setMaximumFractionDigits(1);
        return messages.getMessage("funding.usd", new Object[] {compact.format(amount)}, locale);
    }

    /** A part as a percentage, "4.5 %" in the locale's way. */
    public String percent(BigDecimal share, Locale locale) {
        if (share == null) {
            return messages.getMessage("funding.usd.unknown", null, locale);
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale(locale));
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** A percentage given out of 100 (an IATI percentage, "50" meaning half): "50 %" in the locale's way. */
    public String percentOf100(BigDecimal percentage, Locale locale) {
        return percentage == null ? NONE : percent(percentage.movePointLeft(2), locale);
    }

    /** A day: "6 déc. 2026" in French, "Dec 6, 2026" in English. */
    public String date(LocalDate date, Locale locale) {
        return date == null ? NONE : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(locale)).format(date);
    }

    /** From one day to another, "6 déc. 2026 – 5 janv. 2027"; an open end shows as "…". */
    public String period(LocalDate start, LocalDate end, Locale locale) {
        if (start == null && end == null) {
            return NONE;
        }
        return (start == null ? "…" : date(start, locale)) + " – " + (end == null ? "…" : date(end, locale));
    }

    /** A moment in UTC, to the minute: "6 déc. 2026, 10:00 UTC". */
    public String moment(Instant instant, Locale locale) {
        if (instant == null) {
            return NONE;
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale(locale))
                .format(instant.atOffset(ZoneOffset.UTC)) + " UTC";
    }

    /** A moment with its offset, shown in UTC. */
    public String moment(OffsetDateTime time, Locale locale) {
        return time == null ? NONE : moment(time.toInstant(), locale);
    }
}
