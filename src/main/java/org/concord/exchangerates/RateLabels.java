package org.concord.exchangerates;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.concord.shared.web.Amounts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says which rate a converted amount used, in the reader's language, for any module's pages:
 * {@code ${@rateLabels.describe(conversion.rate(), #locale)}} gives "at 1.0812 USD per EUR, ECB, 15 Mar 2024" or "at
 * 1.082 USD per EUR, annual average 2024". The fragment {@code exchangerates/fragments :: converted(conversion)}
 * shows the converted amount with this beside it.
 */
@Component("rateLabels")
public class RateLabels {

    private final MessageSource messages;
    private final Amounts amounts;

    public RateLabels(MessageSource messages, Amounts amounts) {
        this.messages = messages;
        this.amounts = amounts;
    }

    /** A rate with as many decimals as it has, up to 8, in the reader's number format. */
    public String rate(BigDecimal rate, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(Amounts.locale(locale));
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(8);
        return format.format(rate);
    }

    public String describe(AppliedRate rate, Locale locale) {
        String value = rate(rate.rate(), locale);
        return switch (rate.basis()) {
            case SAME_CURRENCY -> messages.getMessage("exchange.rate-used.same", null, locale);
            case DATED -> messages.getMessage("exchange.rate-used.dated",
                    new Object[] {value, rate.to(), rate.from(), rate.source(), amounts.date(rate.rateDate(), locale)}, locale);
            case ANNUAL -> messages.getMessage("exchange.rate-used.annual",
                    new Object[] {value, rate.to(), rate.from(), String.valueOf(rate.rateYear())}, locale);
        };
    }
}
