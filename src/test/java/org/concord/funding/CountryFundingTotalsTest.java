package org.concord.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.concord.TestActors;
import org.concord.notifications.People;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.concord.shared.web.Amounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A country page's funding totals cover every agreement of the country, not only the ten it lists, converted to the
 * chosen currency with the rates and their dates shown; agreements whose amounts are confidential are in no total, for
 * any reader, and the page says how many are left out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CountryFundingTotalsTest {

    /** No other test records funding agreements in Kiribati. */
    static final String COUNTRY = "KI";
    // dates no other test gives a rate to (a dated rate applies up to seven days after its date)
    static final LocalDate FIRST = LocalDate.of(2033, 5, 2);
    static final LocalDate SECOND = LocalDate.of(2033, 5, 23);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CountryFunding funding;
    @Autowired
    Amounts amounts;

    void usdPerEur(LocalDate on, String rate) {
        jdbc.update("""
                insert into exchange_rate (kind, base, currency, on_date, rate, source, recorded_at)
                values ('dated', 'EUR', 'USD', ?, ?::numeric, 'TEST', now())
                on conflict (currency, base, kind, on_date) do update set rate = excluded.rate, source = excluded.source""",
                on, rate);
    }

    @Test
    void theTotalsAreTheHandSumOfAllTheCountrysAgreementsLessTheConfidentialOnes() throws Exception {
        usdPerEur(FIRST, "1.1");
        usdPerEur(SECOND, "1.2");
        FundingFixtures rows = new FundingFixtures(jdbc);
        People people = rows.people;
        long funder = rows.organisation("Kiribati donor");
        long recipient = rows.organisation("Kiribati police");
        LocalDate end = LocalDate.of(2035, 12, 31);

        // twelve agreements, more than the ten the section lists
        long euros1 = rows.agreement(funder, recipient, COUNTRY, "EUR", "100000", FIRST, end);
        rows.agreement(funder, recipient, COUNTRY, "EUR", "200000", FIRST, end);
        long euros3 = rows.agreement(funder, recipient, COUNTRY, "EUR", "50000", SECOND, end);
        long dollars1 = 0;
        for (int k = 1; k <= 7; k++) {
            long id = rows.agreement(funder, recipient, COUNTRY, "USD", String.valueOf(10000 * k), SECOND.plusDays(k), end);
            dollars1 = k == 1 ? id : dollars1;
        }
        long secretEuros = rows.agreement(funder, recipient, COUNTRY, "EUR", "5000000", FIRST, end);
        long secretDollars = rows.agreement(funder, recipient, COUNTRY, "USD", "7000000", SECOND, end);
        rows.confidential(secretEuros, "AMOUNTS");
        rows.confidential(secretDollars, "AMOUNTS");
        rows.releasedTranche(euros1, "40000", SECOND, "40000", SECOND);
        rows.releasedTranche(dollars1, "25000", SECOND, "25000", SECOND);
        rows.releasedTranche(secretDollars, "1000000", SECOND, "1000000", SECOND);
        rows.plannedTranche(euros3, "50000", SECOND);

        // by hand, in US dollars: 300,000 EUR x 1.1 (2 May) + 50,000 EUR x 1.2 (23 May) + 10,000 + 20,000 + ... + 70,000 USD
        BigDecimal total = new BigDecimal("300000").multiply(new BigDecimal("1.1"))
                .add(new BigDecimal("50000").multiply(new BigDecimal("1.2")))
                .add(new BigDecimal("280000"));
        // released: 40,000 EUR x 1.2 (23 May) + 25,000 USD; the confidential agreement's 1,000,000 USD is in neither sum
        BigDecimal released = new BigDecimal("40000").multiply(new BigDecimal("1.2")).add(new BigDecimal("25000"));
        assertThat(total).isEqualByComparingTo("670000");
        assertThat(released).isEqualByComparingTo("73000");

        Authentication party = people.account("kiribati-donor", "en", null, new Grant(Role.COORDINATOR, funder)).signedIn();
        for (Authentication reader : new Authentication[] {null, party, TestActors.admin()}) {
            CountryFundingSection section = reader == null ? funding.countrySection(COUNTRY, "USD", Locale.ENGLISH)
                    : TestActors.runAs(reader, () -> funding.countrySection(COUNTRY, "USD", Locale.ENGLISH));
            // the same figures for every reader, parties included
            assertThat(section.money().total()).isEqualByComparingTo(total);
            assertThat(section.money().released()).isEqualByComparingTo(released);
            assertThat(section.agreements()).hasSize(CountryFundingSection.AGREEMENTS_SHOWN);
            assertThat(section.agreementCount()).isEqualTo(12);
            assertThat(section.confidentialLeftOut()).isEqualTo(2);
            assertThat(section.money().totalRates()).extracting(r -> r.rateDate()).contains(FIRST, SECOND);
            assertThat(section.money().unconverted()).isEmpty();
        }

        String page = mvc.perform(get("/countries/" + COUNTRY).param("currency", "usd").locale(Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"money-total\">" + amounts.number(total, Locale.ENGLISH))
                .contains("id=\"money-released\">" + amounts.number(released, Locale.ENGLISH))
                // the rates, with their dates
                .contains("1.1 USD per EUR").contains("May 2, 2033").contains("1.2 USD per EUR").contains("May 23, 2033")
                .contains("All 12 agreements in Kiribati")
                .contains("href=\"/funding/agreements?country=KI&amp;currency=USD\"")
                .contains("2 agreements whose funder keeps the amounts confidential are not included in these totals.");
        // a party reads the same totals
        String partyPage = mvc.perform(get("/countries/" + COUNTRY).param("currency", "USD").locale(Locale.ENGLISH)
                .with(authentication(party))).andReturn().getResponse().getContentAsString();
        assertThat(partyPage).contains("id=\"money-total\">" + amounts.number(total, Locale.ENGLISH));
        // the list the link leads to holds all twelve
        String list = mvc.perform(get("/api/v1/funding/agreements").param("country", COUNTRY).param("size", "50"))
                .andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(list, "$.total")).isEqualTo(12);
    }
}
