package org.concord.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * US-dollar amounts as pages show them: whole dollars (or a compact figure in narrow table cells) marked as
 * approximate, since they come from annual average rates. Templates call it as {@code @amounts}.
 */
@Component("amounts")
public class Amounts {

    private final MessageSource messages;

    public Amounts(MessageSource messages) {
        this.messages = messages;
    }

    /** "≈ 1,234,567 USD" in the locale's digits and grouping. */
    public String usd(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return messages.getMessage("funding.usd.unknown", null, locale);
        }
        String number = NumberFormat.getIntegerInstance(locale).format(amount.setScale(0, RoundingMode.HALF_EVEN));
        return messages.getMessage("funding.usd", new Object[] {number}, locale);
    }

    /** An amount in its own currency, "400,000 EUR", as reported. */
    public String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return messages.getMessage("funding.usd.unknown", null, locale);
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + (currency == null ? "" : "\u00a0" + currency);
    }

    /** "≈ 1.2M USD": for cells of wide tables. */
    public String usdShort(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return messages.getMessage("funding.usd.unknown", null, locale);
        }
        NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        compact.setMaximumFractionDigits(1);
        return messages.getMessage("funding.usd", new Object[] {compact.format(amount)}, locale);
    }

    /** A part as a percentage, "4.5 %" in the locale's way. */
    public String percent(BigDecimal share, Locale locale) {
        if (share == null) {
            return messages.getMessage("funding.usd.unknown", null, locale);
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }
}
