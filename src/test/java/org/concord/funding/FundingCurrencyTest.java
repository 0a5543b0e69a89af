package org.concord.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.concord.exchangerates.ExchangeRates;
import org.concord.exchangerates.RateLabels;
import org.concord.shared.web.Amounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Funding money in the currency the reader chooses: the agreements list totals an EUR and a USD agreement in US dollars
 * (each total at its agreement's start date) and in euros, with the rate and its date beside; an institution's ownership
 * curve funded in both currencies is one series in US dollars (a year at its 1st of July), and an amount no rate
 * applies to is listed apart.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FundingCurrencyTest {

    // dates no other test uses, so that these are the only dated rates that apply
    static final LocalDate START = LocalDate.of(2029, 3, 14);
    static final LocalDate START_RATE = LocalDate.of(2029, 3, 13);
    static final LocalDate MID_YEAR_RATE = LocalDate.of(2029, 6, 29);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExchangeRates rates;
    @Autowired
    RateLabels labels;
    @Autowired
    Amounts amounts;

    @BeforeEach
    void rates() {
        rate(START_RATE, "1.085");
        rate(MID_YEAR_RATE, "1.1");
    }

    void rate(LocalDate on, String usdPerEur) {
        jdbc.update("""
                insert into exchange_rate (kind, base, currency, on_date, rate, source, recorded_at)
                values ('dated', 'EUR', 'USD', ?, ?::numeric, 'TEST', now())
                on conflict (currency, base, kind, on_date) do update set rate = excluded.rate, source = excluded.source""",
                on, usdPerEur);
    }

    long agreement(FundingFixture f, long funder, Authentication who, String amount, String currency) throws Exception {
        String json = """
                {"title": "Programme in %s", "funderId": %d, "recipientId": %d, "country": "GE",
                 "totalAmount": %s, "currency": "%s", "startDate": "%s", "endDate": "2030-12-31",
                 "proRata": false, "confidential": []}""".formatted(currency, funder, f.recipient, amount, currency, START);
        var response = f.send(post("/api/v1/funding/agreements"), who, json).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return FundingFixture.id(response.getContentAsString());
    }

    void tranche(FundingFixture f, long agreement, Authentication who, int amount) throws Exception {
        var response = f.send(post("/api/v1/funding/agreements/" + agreement + "/tranches"), who,
                "{\"plannedAmount\": " + amount + ", \"plannedDate\": \"2029-06-30\", \"conditionIds\": []}")
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
    }

    String page(String path) throws Exception {
        var response = mvc.perform(get(path).locale(Locale.ENGLISH)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void theListTotalsEuroAndDollarAgreementsInTheChosenCurrencyWithTheRateAndItsDate() throws Exception {
        FundingFixture f = new FundingFixture(mvc, jdbc);
        agreement(f, f.funder, f.funderCoordinator, "1000000", "EUR");
        agreement(f, f.funder, f.funderCoordinator, "250000", "USD");

        // by hand: 1,000,000 EUR at 1.085 USD per EUR (ECB-style rate of 13 March 2029, the day before the start) + 250,000 USD
        String inDollars = page("/funding/agreements?funder=" + f.funder + "&currency=USD");
        assertThat(inDollars).contains("id=\"money-total\">1,335,000").contains("1,085,000")
                .contains("1.085 USD per EUR").contains("Mar 13, 2029").contains("TEST");
        // without a choice: US dollars
        assertThat(page("/funding/agreements?funder=" + f.funder)).contains("id=\"money-total\">1,335,000");

        // in euros: 250,000 USD at the inverse rate, plus 1,000,000 EUR unchanged
        BigDecimal dollarsInEuros = rates.convert(new BigDecimal("250000"), "USD", "EUR", START).orElseThrow().amount();
        assertThat(dollarsInEuros).isBetween(new BigDecimal("230414"), new BigDecimal("230415.30"));
        String inEuros = page("/funding/agreements?funder=" + f.funder + "&currency=eur");
        assertThat(inEuros).contains("id=\"money-total\">"
                + amounts.number(new BigDecimal("1000000").add(dollarsInEuros), Locale.ENGLISH))
                .contains("EUR per USD").contains("Mar 13, 2029");
    }

    @Test
    void anInstitutionsCurveInTwoCurrenciesIsOneSeriesInDollarsAndWhatCannotBeConvertedIsListedApart() throws Exception {
        FundingFixture f = new FundingFixture(mvc, jdbc);
        long euros = agreement(f, f.funder, f.funderCoordinator, "1000000", "EUR");
        long dollars = agreement(f, f.otherFunder, f.otherFunderCoordinator, "250000", "USD");
        long francs = agreement(f, f.otherFunder, f.otherFunderCoordinator, "90000", "XTS");
        tranche(f, euros, f.funderCoordinator, 200000);
        tranche(f, dollars, f.otherFunderCoordinator, 100000);
        tranche(f, francs, f.otherFunderCoordinator, 30000);

        // by hand, 2029 at the 1st of July (the rate of 29 June, 1.1): 200,000 EUR = 220,000 USD, + 100,000 USD
        String curve = page("/funding/ownership/institutions/" + f.recipient + "?currency=USD");
        assertThat(curve).contains("320,000").contains("1.1 USD per EUR").contains("Jun 29, 2029")
                .contains("not in the curve").contains("30,000");
        // one table: the curve is one series
        assertThat(curve.split("<table class=\"numbers\">", -1)).hasSize(2);
        // the API the same way when asked for a currency
        String json = mvc.perform(get("/api/v1/funding/ownership").param("institution", String.valueOf(f.recipient))
                .param("currency", "USD")).andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(json, "$[0].currencies")).containsExactly("USD");
        assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<Object>>read(json, "$[0].unconverted[*].currency")).containsExactly("XTS");

        // the country page: the section's totals in the chosen currency, with the rates used
        String country = page("/countries/GE?currency=EUR");
        assertThat(country).contains("id=\"money-total\"").contains("Total in EUR").contains("EUR per USD");
    }
}
