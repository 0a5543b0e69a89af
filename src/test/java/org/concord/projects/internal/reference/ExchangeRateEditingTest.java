package org.concord.projects.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.projects.internal.reference.ReferenceFixtures.sector;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.concord.TestActors;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.exchangerates.ExchangeRates;
import org.concord.projects.internal.reference.ReformAreas;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editing the annual exchange rates (module exchangerates, which the activity registry follows): an administrator's correction changes the US-dollar budget totals readers see, in
 * the same transaction; conversions made afterwards use the new rate at once; nobody else may edit; mistakes are
 * refused naming the field and the rule.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeRateEditingTest {

    static final Authentication ADMIN = TestActors.admin();
    static final Authentication COORDINATOR = TestActors.as("rates-coordinator", new Grant(Role.COORDINATOR, 1L));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    ReferenceFixtures fixtures;

    @BeforeEach
    void fixtures(@Autowired ActivityStore store, @Autowired ReformAreas areas, @Autowired TransactionTemplate transactions) {
        fixtures = new ReferenceFixtures(store, areas, transactions);
    }

    /** Puts the seeded rates back (NOK 2023 at 0.095; no XCD rate), whatever a test left, as an administrator would. */
    @AfterEach
    void restoreTheSeededRates() throws Exception {
        mvc.perform(put("/api/v1/exchange-rates/NOK/2023").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"usdPerUnit\": 0.095, \"confirm\": true}")).andExpect(status().isOk());
        for (Integer year : jdbc.queryForList(
                "select extract(year from on_date)::int from exchange_rate where kind = 'annual' and base = 'XCD'",
                Integer.class)) {
            mvc.perform(delete("/api/v1/exchange-rates/XCD/" + year).with(authentication(ADMIN))).andExpect(status().isOk());
        }
        fixtures.removeAll();
    }

    private BigDecimal storedRate(String currency, int year) {
        return jdbc.queryForObject("select rate from exchange_rate where kind = 'annual' and currency = 'USD' and base = ? "
                + "and on_date = make_date(?, 1, 1)", BigDecimal.class, currency, year);
    }

    private BigDecimal totalUsd(long activity) {
        return jdbc.queryForObject("select total_budget_usd from activity where id = ?", BigDecimal.class, activity);
    }

    private long audit() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    @Test
    void anAdministratorsCorrectionChangesTheUsdTotalsReadersSee() throws Exception {
        // one million kroner budgeted for 2023, at 0.095 US dollars per krone
        long norwegian = fixtures.save("XI-TEST-REF-AD-1", "AD", List.of(sector("1", "15132")), new BigDecimal("1000000"), "NOK");
        assertThat(totalUsd(norwegian)).isEqualByComparingTo("95000");
        mvc.perform(get("/api/v1/countries/AD/who-does-what"))
                .andExpect(jsonPath("$.matrix.total.budgetUsd").value(95000));

        mvc.perform(put("/api/v1/exchange-rates/NOK/2023").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usdPerUnit\": 0.1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rate.usdPerUnit").value(0.1))
                .andExpect(jsonPath("$.previous").value(0.095))
                .andExpect(jsonPath("$.recomputedActivities").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        assertThat(totalUsd(norwegian)).isEqualByComparingTo("100000");
        mvc.perform(get("/api/v1/countries/AD/who-does-what"))
                .andExpect(jsonPath("$.matrix.total.budgetUsd").value(100000));
        mvc.perform(get("/api/v1/activities").param("country", "AD"))
                .andExpect(jsonPath("$.items[?(@.id == " + norwegian + ")].totalBudgetUsd").value(100000.0));
        assertThat(jdbc.queryForMap("""
                select actor, action, changes from audit_entry where entity_type = 'exchange-rate' and entity_id = 'NOK-2023'
                order by id desc limit 1""")).containsEntry("actor", "test-admin").containsEntry("action", "updated");

        // an activity saved afterwards converts at the new rate at once: the cached table noticed the change
        long later = fixtures.save("XI-TEST-REF-AD-2", "AD", List.of(sector("1", "15132")), new BigDecimal("500000"), "NOK");
        assertThat(totalUsd(later)).isEqualByComparingTo("50000");

        // without a 2023 rate, 2023 takes the nearest year's (2022 and 2024 are as near: the earlier one, 0.104)
        mvc.perform(delete("/api/v1/exchange-rates/NOK/2023").with(authentication(ADMIN))).andExpect(status().isOk());
        assertThat(totalUsd(norwegian)).isEqualByComparingTo("104000");
    }

    @Test
    void aCurrencyGetsItsFirstRateOnThePageAndLosesItAgain() throws Exception {
        long caribbean = fixtures.save("XI-TEST-REF-AD-3", "AD", List.of(sector("1", "15132")), new BigDecimal("270000"), "XCD");
        assertThat(totalUsd(caribbean)).isNull();

        mvc.perform(post("/exchange-rates/annual").with(authentication(ADMIN)).with(csrf())
                        .param("currency", "xcd").param("year", "2023").param("usdPerUnit", "0,37"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/exchange-rates/annual#rate-XCD"));
        assertThat(totalUsd(caribbean)).isEqualByComparingTo("99900");
        mvc.perform(get("/exchange-rates/annual")).andExpect(status().isOk())
                .andExpect(content().string(containsString("East Caribbean Dollar")))
                .andExpect(content().string(containsString("<caption id=\"rates-caption\"")))
                .andExpect(content().string(not(containsString("/exchange-rates/annual/XCD/2023/edit"))));
        mvc.perform(get("/exchange-rates/annual").header("Accept-Language", "fr").with(authentication(ADMIN)))
                .andExpect(content().string(containsString("href=\"/exchange-rates/annual/XCD/2023/edit\">0,37</a>")));

        mvc.perform(get("/exchange-rates/annual/XCD/2023/edit").with(authentication(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"0.37\"")));
        mvc.perform(post("/exchange-rates/annual/XCD/2023/delete").with(authentication(ADMIN)).with(csrf())
                        .param("version", "0"))
                .andExpect(status().isFound());
        assertThat(totalUsd(caribbean)).isNull();
    }

    @Test
    void theAnnualRatesFormerAddressesUnderTheActivitiesLeadToTheirPages() throws Exception {
        mvc.perform(get("/activities/exchange-rates")).andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/exchange-rates/annual"));
        mvc.perform(get("/activities/exchange-rates?currency=XCD&year=2023"))
                .andExpect(redirectedUrl("/exchange-rates/annual?currency=XCD&year=2023"));
        mvc.perform(get("/activities/exchange-rates/NOK/2023/edit").with(authentication(ADMIN)))
                .andExpect(status().isMovedPermanently()).andExpect(redirectedUrl("/exchange-rates/annual/NOK/2023/edit"));
        // a form posted to the old address is sent on with its method and body, and writes nothing itself
        long before = audit();
        mvc.perform(post("/activities/exchange-rates/NOK/2023").with(authentication(ADMIN)).with(csrf())
                        .param("usdPerUnit", "0.2").param("version", "0"))
                .andExpect(status().isPermanentRedirect()).andExpect(redirectedUrl("/exchange-rates/annual/NOK/2023"));
        assertThat(audit()).isEqualTo(before);
    }

    @Test
    void anAdministratorImportsAnnualRatesAsCsvAndTheTotalsFollowInTheSameTransaction() throws Exception {
        long caribbean = fixtures.save("XI-TEST-REF-AD-4", "AD", List.of(sector("1", "15132")), new BigDecimal("270000"), "XCD");
        assertThat(totalUsd(caribbean)).isNull();
        String csv = "year,currency,usd_per_unit,source\n2023,xcd,0.37,ECCB\n2024,XCD,0.371,\n";
        long before = audit();

        // nobody else imports, and a refusal writes nothing
        mvc.perform(post("/api/v1/exchange-rates/annual").with(authentication(COORDINATOR)).contentType("text/csv")
                .content(csv)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/exchange-rates/annual").with(authentication(ADMIN)).contentType("text/csv")
                        .content("year,currency,usd_per_unit\n1900,XCD,0.37\n2023,USD,1\n2023,XCD,-1\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Row 2, column year: 1900 is not a year from 1960 to 2100."))
                .andExpect(jsonPath("$.errors[1].message").value("Row 3, column currency: the US dollar needs no rate."))
                .andExpect(jsonPath("$.errors[2].rule").value("csv-rate-range"));
        assertThat(audit()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from exchange_rate where base = 'XCD'", Integer.class)).isZero();

        mvc.perform(post("/api/v1/exchange-rates/annual").with(authentication(ADMIN)).contentType("text/csv")
                        .param("source", "Concord test").content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(2))
                .andExpect(jsonPath("$.recomputedActivities").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        // the budget of 2023 at 0.37: 99,900 US dollars, already stored
        assertThat(totalUsd(caribbean)).isEqualByComparingTo("99900");
        assertThat(jdbc.queryForList("select source from exchange_rate where kind = 'annual' and base = 'XCD' order by on_date",
                String.class)).containsExactly("ECCB", "Concord test");
        assertThat(jdbc.queryForMap("""
                select actor, changes::text as changes from audit_entry where action = 'annual-rates-imported'
                order by id desc limit 1""")).containsEntry("actor", "test-admin")
                .hasEntrySatisfying("changes", c -> assertThat(c.toString()).contains("sha256").contains("XCD"));

        // the same file again changes nothing
        mvc.perform(post("/api/v1/exchange-rates/annual").with(authentication(ADMIN)).contentType("text/csv")
                        .param("source", "Concord test").content(csv))
                .andExpect(jsonPath("$.added").value(0)).andExpect(jsonPath("$.changed").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));

        // on the page: a broken file comes back with its cells named, a sound one is imported
        mvc.perform(multipart("/exchange-rates/annual/import").file(new MockMultipartFile("file", "rates.csv", "text/csv",
                        "year,currency\n".getBytes(StandardCharsets.UTF_8))).with(authentication(ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the header lacks the columns year, currency and usd_per_unit")));
        mvc.perform(multipart("/exchange-rates/annual/import").file(new MockMultipartFile("file", "rates.csv", "text/csv",
                        "year,currency,usd_per_unit\n2023,XCD,0.38\n".getBytes(StandardCharsets.UTF_8)))
                        .with(authentication(ADMIN)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/exchange-rates/annual"));
        assertThat(totalUsd(caribbean)).isEqualByComparingTo("102600");
    }

    @Test
    void onlyAdministratorsEditAndARefusalWritesNothing() throws Exception {
        long before = audit();
        mvc.perform(put("/api/v1/exchange-rates/NOK/2023").with(authentication(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"usdPerUnit\": 0.2}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/exchange-rates/NOK/2023").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usdPerUnit\": 0.2}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/exchange-rates/NOK/2023").with(authentication(COORDINATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/exchange-rates/annual").with(authentication(COORDINATOR)).with(csrf())
                        .param("currency", "XCD").param("year", "2023").param("usdPerUnit", "0.37"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/exchange-rates/annual/NOK/2023/edit").with(authentication(COORDINATOR)))
                .andExpect(status().isForbidden());
        assertThat(audit()).isEqualTo(before);
        mvc.perform(get("/api/v1/exchange-rates").param("currency", "NOK"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.year == 2023)].usdPerUnit").value(0.095));
        assertThat(jdbc.queryForObject("select count(*) from exchange_rate where base = 'XCD'", Integer.class)).isZero();
    }

    @Test
    void mistakesAreRefusedNamingTheFieldAndTheRule() throws Exception {
        long before = audit();
        mvc.perform(post("/api/v1/exchange-rates").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currency\": \"XXY\", \"year\": 1900, \"usdPerUnit\": -1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'currency')].rule").value("unknown-currency"))
                .andExpect(jsonPath("$.errors[?(@.field == 'currency')].message")
                        .value("XXY is not an ISO 4217 currency code in the IATI Currency codelist."))
                .andExpect(jsonPath("$.errors[?(@.field == 'year')].rule").value("year-range"))
                .andExpect(jsonPath("$.errors[?(@.field == 'year')].message").value("Give a year from 1960 to 2100."))
                .andExpect(jsonPath("$.errors[?(@.field == 'usdPerUnit')].rule").value("rate-range"))
                .andExpect(jsonPath("$.errors[?(@.field == 'usdPerUnit')].message")
                        .value("Give what one unit is worth in US dollars: more than 0 and at most 10,000."));
        mvc.perform(put("/api/v1/exchange-rates/NOK/2023").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usdPerUnit\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("rate-range"));
        // kroner per dollar instead of dollars per krone: refused unless confirmed
        mvc.perform(put("/api/v1/exchange-rates/NOK/2023").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usdPerUnit\": 10.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("usdPerUnit"))
                .andExpect(jsonPath("$.errors[0].rule").value("rate-far-from-neighbours"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("the rate for 2022 (0.104)")));
        mvc.perform(post("/api/v1/exchange-rates").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currency\": \"NOK\", \"year\": 2023, \"usdPerUnit\": 0.09}"))
                .andExpect(jsonPath("$.errors[0].rule").value("rate-exists"));
        assertThat(audit()).isEqualTo(before);
        assertThat(storedRate("NOK", 2023)).isEqualByComparingTo("0.095");

        mvc.perform(post("/exchange-rates/annual").with(authentication(ADMIN)).with(csrf())
                        .param("currency", "EUR").param("year", "2030").param("usdPerUnit", "-2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"usdPerUnit-error\"")))
                .andExpect(content().string(containsString("more than 0 and at most 10,000")));
        mvc.perform(post("/exchange-rates/annual/NOK/2023").with(authentication(ADMIN)).with(csrf())
                        .param("usdPerUnit", "abc").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The value is not of the expected kind.")));
    }

    @Test
    void theCachedRatesFollowAChangeMadeBehindConcordsBack(@Autowired ExchangeRates rates,
                                                          @Autowired TransactionTemplate transactions) {
        java.time.LocalDate day = java.time.LocalDate.of(2023, 6, 1);
        BigDecimal before = transactions.execute(s -> rates.annualRate("NOK", "USD", day).orElseThrow().rate()
                .multiply(BigDecimal.TEN));
        assertThat(before).isEqualByComparingTo("0.95");
        jdbc.update("update exchange_rate set rate = 0.2 where kind = 'annual' and base = 'NOK' and on_date = '2023-01-01'");
        BigDecimal after = transactions.execute(s -> rates.annualRate("NOK", "USD", day).orElseThrow().rate()
                .multiply(BigDecimal.TEN));
        assertThat(after).isEqualByComparingTo("2.00");
        jdbc.update("update exchange_rate set rate = 0.095 where kind = 'annual' and base = 'NOK' and on_date = '2023-01-01'");
        BigDecimal restored = transactions.execute(s -> rates.annualRate("NOK", "USD", day).orElseThrow().rate()
                .multiply(BigDecimal.TEN));
        assertThat(restored).isEqualByComparingTo("0.95");
    }
}
