package org.concord.funding.internal.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.exchangerates.AppliedRate;
import org.concord.exchangerates.Conversion;
import org.concord.exchangerates.ExchangeRates;
import org.concord.funding.AgreementSummary;
import org.concord.funding.FundingTotals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Funding amounts in the currency a reader chooses ({@code ?currency=EUR}, US dollars by default), converted with the
 * application's one exchange-rate service. The dates, everywhere in the funding module:
 * <ul>
 *   <li>an agreement's total: at the agreement's start date;</li>
 *   <li>released money: each released tranche at its release date;</li>
 *   <li>an ownership curve's year: at the 1st of July of that year (the middle of the year whose sums they are).</li>
 * </ul>
 * Amounts with no applicable rate are not added: they are listed apart, and the page says so.
 */
@Component
public class FundingMoney {

    public static final String DEFAULT_CURRENCY = "USD";

    private final ExchangeRates rates;
    private final JdbcClient jdbc;

    FundingMoney(ExchangeRates rates, JdbcClient jdbc) {
        this.rates = rates;
        this.jdbc = jdbc;
    }

    /** The reader's choice when it is an ISO 4217 code, else US dollars. */
    public static String chosen(String currency) {
        if (currency == null) {
            return DEFAULT_CURRENCY;
        }
        String code = currency.trim().toUpperCase(java.util.Locale.ROOT);
        return code.matches("[A-Z]{3}") ? code : DEFAULT_CURRENCY;
    }

    /** The date an ownership year's amounts are converted on. */
    public static LocalDate yearDate(int year) {
        return LocalDate.of(year, 7, 1);
    }

    public java.util.Optional<AppliedRate> rate(String from, String to, LocalDate on) {
        return rates.rate(from, to, on);
    }

    public java.util.Optional<Conversion> convert(BigDecimal amount, String from, String to, LocalDate on) {
        return rates.convert(amount, from, to, on);
    }

    public FundingTotals totals(List<AgreementSummary> agreements, String currency) {
        Map<Long, Conversion> byAgreement = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal released = BigDecimal.ZERO;
        Set<AppliedRate> totalRates = new LinkedHashSet<>();
        Set<AppliedRate> releasedRates = new LinkedHashSet<>();
        List<FundingTotals.Unconverted> unconverted = new ArrayList<>();
        List<Long> seeReleased = new ArrayList<>();
        Map<Long, AgreementSummary> byId = new LinkedHashMap<>();
        for (AgreementSummary a : agreements) {
            byId.put(a.id(), a);
            if (a.releasedAmount() != null) {
                seeReleased.add(a.id());
            }
            if (a.totalAmount() == null) {
                continue;
            }
            var converted = rates.convert(a.totalAmount(), a.currency(), currency, a.start());
            if (converted.isPresent()) {
                byAgreement.put(a.id(), converted.get());
                total = total.add(converted.get().amount());
                totalRates.add(converted.get().rate());
            } else {
                unconverted.add(new FundingTotals.Unconverted(a.title(), a.totalAmount(), a.currency(), a.start()));
            }
        }
        if (!seeReleased.isEmpty()) {
            List<ReleasedTranche> tranches = jdbc.sql("""
                            select t.agreement_id, t.released_on, t.released_amount from funding_tranche t
                            where t.status = 'RELEASED' and t.released_amount is not null and t.agreement_id in (:ids)
                            order by t.agreement_id, t.released_on""")
                    .param("ids", seeReleased)
                    .query((rs, n) -> new ReleasedTranche(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)))
                    .list();
            for (ReleasedTranche t : tranches) {
                AgreementSummary a = byId.get(t.agreementId());
                var converted = rates.convert(t.amount(), a.currency(), currency, t.on());
                if (converted.isPresent()) {
                    released = released.add(converted.get().amount());
                    releasedRates.add(converted.get().rate());
                } else {
                    unconverted.add(new FundingTotals.Unconverted(a.title(), t.amount(), a.currency(), t.on()));
                }
            }
        }
        return new FundingTotals(currency, byAgreement, total, released, List.copyOf(totalRates), List.copyOf(releasedRates),
                unconverted);
    }

    private record ReleasedTranche(long agreementId, LocalDate on, BigDecimal amount) {
    }
}
