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

    /**
     * The public totals of every agreement in a country, whoever reads: {@code money} holds the sums (with
     * {@code byAgreement}, the conversions of {@code listed} as the reader may see them, for the lines shown beside);
     * {@code agreements} counts the country's agreements, {@code confidentialLeftOut} those whose funder keeps the
     * amounts confidential, which the sums leave out for every reader (see {@link #countryTotals}).
     */
    public record CountryTotals(FundingTotals money, long agreements, long confidentialLeftOut) {
    }

    private static final String NOT_CONFIDENTIAL = """
            not exists (select 1 from funding_confidential_field f where f.agreement_id = a.id and f.field = 'AMOUNTS')""";

    /**
     * The totals of ALL the country's agreements (whatever their status, as the agreements list counts them), summed in
     * SQL per currency and date and each such sum converted to {@code currency} on that date: the totals at the
     * agreements' start dates, the released tranches at their release dates. Agreements whose funder keeps the amounts
     * confidential are left out of both sums for every reader, parties included, so that the public figures are the
     * same for everyone and no difference between two readings (or between the sums and the listed lines) gives a
     * confidential amount away; the page says how many were left out.
     */
    public CountryTotals countryTotals(String country, String currency, List<AgreementSummary> listed) {
        Map<Long, Conversion> byAgreement = totals(listed, currency).byAgreement();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal released = BigDecimal.ZERO;
        Set<AppliedRate> totalRates = new LinkedHashSet<>();
        Set<AppliedRate> releasedRates = new LinkedHashSet<>();
        List<FundingTotals.Unconverted> unconverted = new ArrayList<>();
        for (DatedSum sum : sums("""
                select a.currency, a.start_date, sum(a.total_amount), string_agg(a.title, '; ' order by a.title)
                from funding_agreement a
                where a.country_code = :country and a.total_amount is not null and %s
                group by a.currency, a.start_date order by a.start_date, a.currency""", country)) {
            var converted = rates.convert(sum.amount(), sum.currency(), currency, sum.on());
            if (converted.isPresent()) {
                total = total.add(converted.get().amount());
                totalRates.add(converted.get().rate());
            } else {
                unconverted.add(new FundingTotals.Unconverted(sum.titles(), sum.amount(), sum.currency(), sum.on()));
            }
        }
        for (DatedSum sum : sums("""
                select a.currency, t.released_on, sum(t.released_amount), string_agg(distinct a.title, '; ')
                from funding_tranche t join funding_agreement a on a.id = t.agreement_id
                where a.country_code = :country and t.status = 'RELEASED' and t.released_amount is not null and %s
                group by a.currency, t.released_on order by t.released_on, a.currency""", country)) {
            var converted = rates.convert(sum.amount(), sum.currency(), currency, sum.on());
            if (converted.isPresent()) {
                released = released.add(converted.get().amount());
                releasedRates.add(converted.get().rate());
            } else {
                unconverted.add(new FundingTotals.Unconverted(sum.titles(), sum.amount(), sum.currency(), sum.on()));
            }
        }
        long[] counts = jdbc.sql("""
                        select count(*), count(*) filter (where not %s) from funding_agreement a
                        where a.country_code = :country""".formatted(NOT_CONFIDENTIAL))
                .param("country", country)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new CountryTotals(new FundingTotals(currency, byAgreement, total, released, List.copyOf(totalRates),
                List.copyOf(releasedRates), unconverted), counts[0], counts[1]);
    }

    private List<DatedSum> sums(String sql, String country) {
        return jdbc.sql(sql.formatted(NOT_CONFIDENTIAL)).param("country", country)
                .query((rs, n) -> new DatedSum(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
                        rs.getString(4)))
                .list();
    }

    /** A sum of one currency on one date, and the titles of the agreements it adds up. */
    private record DatedSum(String currency, LocalDate on, BigDecimal amount, String titles) {
    }
}
