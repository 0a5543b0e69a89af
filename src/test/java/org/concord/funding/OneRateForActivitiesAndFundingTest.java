package org.concord.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.concord.TestActors;
import org.concord.exchangerates.AppliedRate;
import org.concord.exchangerates.Conversion;
import org.concord.exchangerates.ExchangeRates;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.IatiActivity.ActivityDate;
import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Money;
import org.concord.projects.internal.iati.IatiActivity.Narrative;
import org.concord.projects.internal.iati.IatiActivity.Org;
import org.concord.projects.internal.iati.IatiActivity.Participant;
import org.concord.projects.internal.iati.IatiActivity.RecipientCountry;
import org.concord.projects.internal.reference.ReformAreas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One exchange-rate table serves the whole application: an annual rate an administrator writes once through the
 * exchange-rate service is the rate of an activity's stored US-dollar budget total and of a funding agreement's
 * converted total, each saying which rate of which year it used; a correction moves both.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OneRateForActivitiesAndFundingTest {

    /** A currency no other test gives a rate, and no dated rate: only the annual rate written here applies to it. */
    static final String TUGRIK = "MNT";
    static final LocalDate START = LocalDate.of(2023, 4, 3);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExchangeRates rates;
    @Autowired
    ActivityStore store;
    @Autowired
    ReformAreas reformAreas;
    @Autowired
    TransactionTemplate transactions;

    Long activity;

    @AfterEach
    void removeWhatThisTestWrote() throws Exception {
        if (activity != null) {
            transactions.executeWithoutResult(s -> store.delete(activity));
        }
        for (Integer year : jdbc.queryForList("select extract(year from on_date)::int from exchange_rate "
                + "where kind = 'annual' and base = ?", Integer.class, TUGRIK)) {
            mvc.perform(delete("/api/v1/exchange-rates/" + TUGRIK + "/" + year).with(authentication(TestActors.admin())))
                    .andExpect(status().isOk());
        }
    }

    private void setRate(String usdPerUnit) throws Exception {
        mvc.perform(put("/api/v1/exchange-rates/" + TUGRIK + "/2023").with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usdPerUnit\": " + usdPerUnit + ", \"source\": \"Bank of Mongolia (test)\", \"confirm\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rate.source").value("Bank of Mongolia (test)"));
    }

    private BigDecimal activityTotalUsd() {
        return jdbc.queryForObject("select total_budget_usd from activity where id = ?", BigDecimal.class, activity);
    }

    private String agreementsInDollars(long funder) throws Exception {
        var response = mvc.perform(get("/funding/agreements").param("funder", String.valueOf(funder))
                .param("currency", "USD").locale(Locale.ENGLISH)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void anAnnualRateWrittenOnceConvertsActivityTotalsAndFundingTotalsAlike() throws Exception {
        setRate("0.0003");
        // an activity budgeted 1,000,000,000 tugriks for 2023, saved as an import saves it
        activity = transactions.execute(s -> store.save(activityBudgetedInTugriks(), "test",
                reformAreas.mapping()::areaOf, ref -> null).id());
        // and a funding agreement of the same amount, starting on 3 April 2023
        FundingFixture f = new FundingFixture(mvc, jdbc);
        var created = f.send(post("/api/v1/funding/agreements"), f.funderCoordinator, """
                {"title": "Programme in tugriks", "funderId": %d, "recipientId": %d, "country": "MN",
                 "totalAmount": 1000000000, "currency": "MNT", "startDate": "%s", "endDate": "2025-12-31",
                 "proRata": false, "confidential": []}""".formatted(f.funder, f.recipient, START)).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);

        // by hand: 1,000,000,000 x 0.0003 = 300,000 US dollars, for both
        assertThat(activityTotalUsd()).isEqualByComparingTo("300000");
        Conversion funding = rates.convert(new BigDecimal("1000000000"), TUGRIK, "USD", START).orElseThrow();
        assertThat(funding.amount()).isEqualByComparingTo("300000");
        assertThat(funding.rate().basis()).isEqualTo(AppliedRate.Basis.ANNUAL);
        assertThat(funding.rate().rateYear()).isEqualTo(2023);
        assertThat(funding.rate().rate()).isEqualByComparingTo("0.0003");
        // the rule the activity total used is the same one, on the budget's value date (1 January 2023)
        AppliedRate forActivity = rates.annualRate(TUGRIK, "USD", LocalDate.of(2023, 1, 1)).orElseThrow();
        assertThat(forActivity).isEqualTo(new AppliedRate(TUGRIK, "USD", new BigDecimal("0.0003"),
                AppliedRate.Basis.ANNUAL, null, 2023, "Bank of Mongolia (test)"));
        assertThat(agreementsInDollars(f.funder)).contains("id=\"money-total\">300,000")
                .contains("0.0003 USD per MNT").contains("annual average 2023");

        // one correction, through the one service, moves both
        setRate("0.0004");
        assertThat(activityTotalUsd()).isEqualByComparingTo("400000");
        assertThat(rates.convert(new BigDecimal("1000000000"), TUGRIK, "USD", START).orElseThrow().amount())
                .isEqualByComparingTo("400000");
        assertThat(agreementsInDollars(f.funder)).contains("id=\"money-total\">400,000").contains("0.0004 USD per MNT");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_entry where entity_type = 'exchange-rate' and entity_id = 'MNT-2023'
                and action = 'updated'""", Integer.class)).isPositive();
    }

    private static IatiActivity activityBudgetedInTugriks() {
        String identifier = "XI-TEST-ONE-RATE-1";
        return new IatiActivity(identifier, TUGRIK, "en", 1, false, null,
                new Org("XI-TEST-ONE-RATE", "10", "One rate test publisher"),
                List.of(new Narrative(null, "One rate test " + identifier)), List.of(),
                List.of(new Participant("4", "XI-TEST-ONE-RATE", "10", null, null, new Narrative(null, "One rate test publisher"))),
                "2", List.of(new ActivityDate("2", LocalDate.of(2023, 1, 1)), new ActivityDate("3", LocalDate.of(2025, 12, 31))),
                List.of(new RecipientCountry("MN", BigDecimal.valueOf(100))), List.of(), List.of(), List.of(), List.of(),
                null, null, null, null, null, null,
                List.of(new Budget("1", "2", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                        new Money(new BigDecimal("1000000000"), null, LocalDate.of(2023, 1, 1)))),
                List.of(), List.of(), List.of(), List.of());
    }
}
