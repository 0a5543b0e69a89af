package org.concord.projects.internal.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.concord.exchangerates.AnnualRates;
import org.springframework.stereotype.Component;

/**
 * The activity registry's annual US-dollar rates as the application's exchange-rate service falls back on them,
 * with the very rule activity totals use ({@link ExchangeRates#usdRate}).
 */
@Component
class RegistryAnnualRates implements AnnualRates {

    private final ExchangeRates rates;

    RegistryAnnualRates(ExchangeRates rates) {
        this.rates = rates;
    }

    @Override
    public Optional<UsdRate> usdPerUnit(String currency, LocalDate on) {
        Map.Entry<Integer, BigDecimal> rate = rates.usdRate(currency, on);
        return rate == null ? Optional.empty() : Optional.of(new UsdRate(rate.getKey(), rate.getValue()));
    }
}
