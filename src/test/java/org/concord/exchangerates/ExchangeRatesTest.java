package org.concord.exchangerates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One exchange-rate service: dated rates imported as CSV by administrators (ECB layout and long layout, errors by
 * row and column, idempotent, audited), the rule that picks a rate on a date with the annual rates as fallback, and
 * every conversion showing the rate and date it used.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeRatesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExchangeRates rates;

    static final Authentication COORDINATOR = TestActors.as("rates-coordinator", new Grant(Role.COORDINATOR, 1L));

    private String ecbSample() throws Exception {
        return new String(getClass().getResourceAsStream("/exchangerates/ecb-eurofxref-hist-sample.csv").readAllBytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void anAdministratorImportsTheEcbFileOnceAndAgainWithoutChange() throws Exception {
        int audited = audited();
        mvc.perform(post("/api/v1/exchange-rates/dated").param("source", "ECB").contentType("text/csv")
                        .content(ecbSample()).with(authentication(TestActors.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.layout").value("central-bank"))
                .andExpect(jsonPath("$.rows").value(16));
        mvc.perform(post("/api/v1/exchange-rates/dated").param("source", "ECB").contentType("text/csv")
                        .content(ecbSample()).with(authentication(TestActors.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0)).andExpect(jsonPath("$.changed").value(0))
                .andExpect(jsonPath("$.unchanged").value(16));
        assertThat(audited()).isEqualTo(audited + 2);
        // bounded by the sample's newest day: other tests add dated USD rates of later days (FundingCurrencyTest: 2029)
        mvc.perform(get("/api/v1/exchange-rates/dated").param("currency", "usd").param("from", "2024-03-14")
                        .param("to", "2024-03-15"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].date").value("2024-03-15")).andExpect(jsonPath("$[0].rate").value(1.0887));
    }

    @Test
    void aDateTakesTheLatestRateOfTheSevenDaysBeforeItElseTheAnnualAverage() throws Exception {
        importEcbSample();
        // Saturday and Sunday take Friday's rate
        Conversion weekend = rates.convert(new BigDecimal("1000"), "EUR", "USD", LocalDate.of(2024, 3, 17)).orElseThrow();
        assertThat(weekend.amount()).isEqualByComparingTo("1088.70");
        assertThat(weekend.rate().rateDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(weekend.rate().source()).isEqualTo("ECB");
        // seven days after Friday still, eight days after no longer: the annual average of 2024
        assertThat(rates.rate("EUR", "USD", LocalDate.of(2024, 3, 22)).orElseThrow().basis()).isEqualTo(AppliedRate.Basis.DATED);
        AppliedRate annual = rates.rate("EUR", "USD", LocalDate.of(2024, 3, 23)).orElseThrow();
        assertThat(annual.basis()).isEqualTo(AppliedRate.Basis.ANNUAL);
        assertThat(annual.rateYear()).isEqualTo(2024);
        assertThat(annual.rate()).isEqualByComparingTo(annualUsd("EUR", 2024));
        // before any dated rate: the annual rule, nearest year
        AppliedRate early = rates.rate("EUR", "USD", LocalDate.of(1999, 1, 4)).orElseThrow();
        assertThat(early.basis()).isEqualTo(AppliedRate.Basis.ANNUAL);
        assertThat(early.rateYear()).isEqualTo(firstAnnualYear("EUR"));
        // a cross rate through the base, on the day of both quotes
        AppliedRate gbpJpy = rates.rate("GBP", "JPY", LocalDate.of(2024, 3, 14)).orElseThrow();
        assertThat(gbpJpy.rate()).isEqualByComparingTo(new BigDecimal("161.57").divide(new BigDecimal("0.85440"),
                new java.math.MathContext(12)));
        assertThat(rates.rate("EUR", "XAU", LocalDate.of(2024, 3, 14))).isEmpty();
        assertThat(rates.rate("EUR", "EUR", LocalDate.of(2024, 3, 14)).orElseThrow().basis())
                .isEqualTo(AppliedRate.Basis.SAME_CURRENCY);
    }

    @Test
    void theConverterShowsTheRateAndDateItUsed() throws Exception {
        importEcbSample();
        mvc.perform(get("/exchange-rates").param("amount", "1000").param("from", "EUR").param("to", "USD")
                        .param("date", "2024-03-16"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1,088.7")))
                .andExpect(content().string(Matchers.containsString("at 1.0887 USD per EUR, ECB, ")))
                .andExpect(content().string(Matchers.containsString("in the 7 days before it")));
        mvc.perform(get("/api/v1/exchange-rates/convert").param("amount", "1000").param("from", "EUR").param("to", "USD")
                        .param("date", "2024-03-16"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.amount").value(1088.70))
                .andExpect(jsonPath("$.rate.basis").value("DATED")).andExpect(jsonPath("$.rate.rateDate").value("2024-03-15"));
        mvc.perform(get("/api/v1/exchange-rates/convert").param("amount", "1").param("from", "EUR").param("to", "XAU"))
                .andExpect(status().isNotFound());
        // the annual rates keep answering where they did
        mvc.perform(get("/api/v1/exchange-rates").param("currency", "EUR")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].currency").value("EUR"));
    }

    @Test
    void aBrokenFileChangesNothingAndNamesEachCellByRowAndColumn() throws Exception {
        String broken = "date,currency,base,rate\n2021-06-01,USD,EUR,1.2\n2021-06-02,USD,EUR,one\n2021-06-0x,GBP,EUR,0.86\n";
        mvc.perform(post("/api/v1/exchange-rates/dated").param("source", "test").contentType("text/csv").content(broken)
                        .with(authentication(TestActors.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Row 3, column rate: one is not a rate above zero written with a decimal point, such as 1.0812."))
                .andExpect(jsonPath("$.errors[1].message").value(
                        "Row 4, column date: 2021-06-0x is not a date written as 2024-03-15."));
        assertThat(jdbc.queryForObject("select count(*) from exchange_rate where kind = 'dated' and on_date = '2021-06-01'", Integer.class))
                .isZero();
        mvc.perform(multipart("/exchange-rates/import").file(new MockMultipartFile("file", "rates.csv", "text/csv",
                        broken.getBytes(StandardCharsets.UTF_8))).param("source", "test").with(csrf())
                        .with(authentication(TestActors.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Row 3, column rate")));
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        String csv = "date,currency,base,rate\n2020-06-01,USD,EUR,1.11\n";
        mvc.perform(post("/api/v1/exchange-rates/dated").param("source", "x").contentType("text/csv").content(csv))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/exchange-rates/dated").param("source", "x").contentType("text/csv").content(csv)
                .with(authentication(COORDINATOR))).andExpect(status().isForbidden());
        MockMultipartFile file = new MockMultipartFile("file", "r.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/exchange-rates/import").file(file).param("source", "x").with(csrf())
                .with(authentication(COORDINATOR))).andExpect(status().isForbidden());
        mvc.perform(multipart("/exchange-rates/import").file(file).param("source", "x").with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/exchange-rates").with(authentication(COORDINATOR)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/exchange-rates/import"))));
        assertThat(jdbc.queryForObject("select count(*) from exchange_rate where kind = 'dated' and on_date = '2020-06-01'", Integer.class))
                .isZero();
        mvc.perform(multipart("/exchange-rates/import").file(file).param("source", "x").with(csrf())
                .with(authentication(TestActors.admin()))).andExpect(redirectedUrl("/exchange-rates"));
        assertThat(jdbc.queryForObject("select count(*) from exchange_rate where kind = 'dated' and on_date = '2020-06-01'", Integer.class))
                .isOne();
    }

    @Test
    void theOpenApiDocumentDescribesDatedRatesAndConversionBesideTheAnnualRates() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/exchange-rates/convert'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exchange-rates/dated'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exchange-rates/dated'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exchange-rates'].get").exists());
    }

    /** The annual rule lives in Java (stored totals, conversions) and in SQL (to_usd, exchange_rate_by_year): one answer. */
    @Test
    void theAnnualRuleGivesTheSameDollarsInJavaAndInSql() {
        BigDecimal amount = new BigDecimal("12345.67");
        java.util.List<LocalDate> dates = java.util.Arrays.asList(LocalDate.of(1960, 6, 1), LocalDate.of(2009, 12, 31),
                LocalDate.of(2017, 3, 1), LocalDate.of(2024, 7, 1), LocalDate.of(2031, 1, 1), LocalDate.of(2100, 1, 1), null);
        for (String currency : java.util.List.of("EUR", "NOK", "CHF", "JPY", "JOD", "USD", "XTS")) {
            for (LocalDate date : dates) {
                BigDecimal inJava = rates.annualRate(currency, "USD", date)
                        .map(r -> amount.multiply(r.rate()).setScale(2, java.math.RoundingMode.HALF_EVEN)).orElse(null);
                BigDecimal sql = jdbc.queryForObject("select to_usd(?, ?, ?)", BigDecimal.class, amount, currency, date);
                BigDecimal view = jdbc.query("select round(? * usd_per_unit, 2) from exchange_rate_by_year "
                                + "where currency = ? and year = ?", (rs, i) -> rs.getBigDecimal(1), amount, currency,
                        date == null ? 2100 : date.getYear()).stream().findFirst().orElse(null);
                String what = currency + " on " + date;
                if (inJava == null) {
                    assertThat(sql).as(what).isNull();
                    assertThat(view).as(what).isNull();
                } else {
                    assertThat(sql).as(what).isEqualByComparingTo(inJava);
                    assertThat(view).as(what).isEqualByComparingTo(inJava);
                }
            }
        }
    }

    private void importEcbSample() throws Exception {
        mvc.perform(post("/api/v1/exchange-rates/dated").param("source", "ECB").contentType("text/csv")
                .content(ecbSample()).with(authentication(TestActors.admin()))).andExpect(status().isOk());
    }

    private int audited() {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'dated-rates-imported'", Integer.class);
    }

    private BigDecimal annualUsd(String currency, int year) {
        return jdbc.queryForObject("select rate from exchange_rate where kind = 'annual' and currency = 'USD' and base = ? "
                + "and on_date = make_date(?, 1, 1)", BigDecimal.class, currency, year);
    }

    private int firstAnnualYear(String currency) {
        return jdbc.queryForObject("select min(extract(year from on_date))::int from exchange_rate where kind = 'annual' "
                + "and base = ?", Integer.class, currency);
    }
}
