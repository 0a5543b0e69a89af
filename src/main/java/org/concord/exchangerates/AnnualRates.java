package org.concord.exchangerates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The annual average US-dollar rates, which the activity registry keeps and edits (its table {@code exchange_rate},
 * page /activities/exchange-rates): the fallback of {@link ExchangeRates} when no dated rate is recent enough. The
 * projects module provides it, so that both answer with one rule (the date's year, else the nearest year).
 */
public interface AnnualRates {

    /** US dollars for one unit of {@code currency} on {@code on}'s year (or the nearest year), with that year. */
    Optional<UsdRate> usdPerUnit(String currency, LocalDate on);

    record UsdRate(int year, BigDecimal usdPerUnit) {
    }
}
