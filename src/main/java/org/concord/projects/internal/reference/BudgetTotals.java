package org.concord.projects.internal.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.exchangerates.ExchangeRates;
import org.concord.projects.internal.iati.IatiActivity;
import org.springframework.stereotype.Component;

/**
 * The rule for an activity's total budget, used by every write (import, edit) and by a change of exchange rates,
 * so that the stored totals always follow one rule.
 */
@Component
public class BudgetTotals {

    private final ExchangeRates rates;

    public BudgetTotals(ExchangeRates rates) {
        this.rates = rates;
    }

    public record Total(BigDecimal amount, String currency, BigDecimal usd) {
    }

    /**
     * The activity's total budget: revised budgets (type 2) where the publisher gives any, else original ones,
     * since a revised budget replaces the original for its period. In the budgets' currency when they share one;
     * in US dollars when every currency has a rate.
     */
    public Total of(IatiActivity a) {
        boolean revised = a.budgets().stream().anyMatch(b -> "2".equals(b.type()));
        List<Budget> counted = a.budgets().stream().filter(b -> revised ? "2".equals(b.type()) : !"2".equals(b.type())).toList();
        if (counted.isEmpty()) {
            return new Total(null, null, null);
        }
        java.util.Set<String> currencies = new java.util.HashSet<>();
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal usd = BigDecimal.ZERO;
        for (Budget b : counted) {
            String currency = b.value().currency() != null ? b.value().currency() : a.defaultCurrency();
            currencies.add(String.valueOf(currency));
            amount = amount.add(b.value().amount());
            LocalDate when = b.value().valueDate() != null ? b.value().valueDate() : b.periodStart();
            BigDecimal converted = toUsd(b.value().amount(), currency, when);
            usd = usd == null || converted == null ? null : usd.add(converted);
        }
        boolean single = currencies.size() == 1 && !currencies.contains("null");
        return new Total(single ? amount : null, single ? currencies.iterator().next() : null, usd);
    }

    /**
     * At the annual average rate (the exchange-rate service's annual rule, which the SQL function to_usd repeats), so
     * that a stored total moves only when an annual rate is edited, never with each day's rates; null without a rate.
     */
    private BigDecimal toUsd(BigDecimal amount, String currency, LocalDate date) {
        if (amount == null || currency == null) {
            return null;
        }
        return rates.annualRate(currency, "USD", date)
                .map(r -> amount.multiply(r.rate()).setScale(2, RoundingMode.HALF_EVEN)).orElse(null);
    }

}
