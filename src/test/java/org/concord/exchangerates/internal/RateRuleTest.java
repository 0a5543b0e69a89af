package org.concord.exchangerates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.concord.exchangerates.AppliedRate;
import org.junit.jupiter.api.Test;

/** Which published quote applies: the latest day quoting both currencies against one base; cross rates. */
class RateRuleTest {

    private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 15);

    private static RateRule.Quote q(String base, String currency, LocalDate date, String rate) {
        return new RateRule.Quote(base, currency, date, new BigDecimal(rate), "ECB");
    }

    @Test
    void theLatestDayQuotingBothCurrenciesApplies() {
        List<RateRule.Quote> quotes = List.of(q("EUR", "USD", FRIDAY.minusDays(1), "1.0800"),
                q("EUR", "USD", FRIDAY, "1.0887"), q("EUR", "GBP", FRIDAY.minusDays(1), "0.8500"));
        AppliedRate eurUsd = RateRule.dated("EUR", "USD", quotes).orElseThrow();
        assertThat(eurUsd.rate()).isEqualByComparingTo("1.0887");
        assertThat(eurUsd.rateDate()).isEqualTo(FRIDAY);
        assertThat(eurUsd.basis()).isEqualTo(AppliedRate.Basis.DATED);
        assertThat(eurUsd.source()).isEqualTo("ECB");
        // GBP is quoted on Thursday only: the cross rate is Thursday's, both sides from that day
        AppliedRate gbpUsd = RateRule.dated("GBP", "USD", quotes).orElseThrow();
        assertThat(gbpUsd.rateDate()).isEqualTo(FRIDAY.minusDays(1));
        assertThat(gbpUsd.rate()).isEqualByComparingTo("1.27058823529");
        // and the other way round, against the base
        assertThat(RateRule.dated("USD", "EUR", quotes).orElseThrow().rate()).isEqualByComparingTo("0.9185266832");
    }

    @Test
    void noDayQuotingBothMeansNoDatedRate() {
        assertThat(RateRule.dated("GBP", "JPY", List.of(q("EUR", "GBP", FRIDAY, "0.85"),
                q("EUR", "JPY", FRIDAY.minusDays(1), "161.7")))).isEmpty();
        assertThat(RateRule.dated("EUR", "USD", List.of())).isEmpty();
    }

    @Test
    void twoBasesOnOneDayGiveTheSameAnswerWhateverTheOrder() {
        List<RateRule.Quote> quotes = List.of(q("USD", "EUR", FRIDAY, "0.92"), q("EUR", "USD", FRIDAY, "1.0887"));
        AppliedRate one = RateRule.dated("EUR", "USD", quotes).orElseThrow();
        AppliedRate other = RateRule.dated("EUR", "USD", List.of(quotes.get(1), quotes.get(0))).orElseThrow();
        assertThat(one).isEqualTo(other);
        assertThat(one.rate()).isEqualByComparingTo("1.0887");
    }

    @Test
    void annualRatesCrossThroughTheDollar() {
        AppliedRate rate = RateRule.annual("EUR", "GBP", new BigDecimal("1.082"), new BigDecimal("1.278"), 2024, "Concord");
        assertThat(rate.rate()).isEqualByComparingTo("0.846635367762");
        assertThat(rate.rateYear()).isEqualTo(2024);
        assertThat(rate.basis()).isEqualTo(AppliedRate.Basis.ANNUAL);
        assertThat(rate.source()).isEqualTo("Concord");
    }

    /** Into dollars the stored rate itself, all its digits, as the SQL function to_usd multiplies by it. */
    @Test
    void anAnnualRateIntoDollarsIsTheStoredRateUnrounded() {
        AppliedRate rate = RateRule.annual("KWD", "USD", new BigDecimal("3.256789012345678"), BigDecimal.ONE, 2024, null);
        assertThat(rate.rate()).isEqualByComparingTo("3.256789012345678");
    }
}
