package org.concord.projects.internal.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.concord.projects.CountedTotals;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.projects.internal.country.FundingFlows.Link;
import org.concord.projects.internal.country.FundingFlows;
import org.concord.projects.internal.iati.IatiActivity.Party;
import org.concord.projects.internal.reference.ReformAreas;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A donor's disbursement and the implementer's report of the same money as incoming funds count once: spending
 * where it is last reported, budgets at the first hop, whether the two reports are linked by activity identifiers
 * (the Cook Islands) or only by organisation identifiers (Tuvalu).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingCountedOnceTest {

    static final String DONOR_ORG = "XI-TEST-DONOR-KITV";
    static final String IMPLEMENTER_ORG = "XI-TEST-IMPL-KITV";
    static final String KI_DONOR = "XI-TEST-DONOR-KITV-KI-D";
    static final String KI_IMPLEMENTER = "XI-TEST-IMPL-KITV-KI-I";
    static final String TV_DONOR = "XI-TEST-DONOR-KITV-TV-D";
    static final String TV_IMPLEMENTER = "XI-TEST-IMPL-KITV-TV-I";

    @Autowired
    MockMvc mvc;
    @Autowired
    FundingFlows flows;
    @Autowired
    JdbcTemplate jdbc;

    long kiDonor;
    long kiImplementer;
    long tvDonor;
    long tvImplementer;

    @BeforeAll
    void fundAnImplementerFromADonor(@Autowired ActivityStore store, @Autowired ReformAreas areas,
                                     @Autowired TransactionTemplate transactions) {
        Fixtures fixtures = new Fixtures(store, areas, transactions);
        // Cook Islands: both sides name each other's activity
        kiDonor = fixtures.save(donor(KI_DONOR, "CK")
                .transaction("3", 400_000, LocalDate.of(2023, 3, 1), null,
                        new Party(IMPLEMENTER_ORG, KI_IMPLEMENTER, "Implementer")).build());
        kiImplementer = fixtures.save(implementer(KI_IMPLEMENTER, "CK")
                .transaction("1", 400_000, LocalDate.of(2023, 3, 5), new Party(DONOR_ORG, KI_DONOR, "Donor"), null)
                .build());
        // Tuvalu: neither side names an activity, only organisations
        tvDonor = fixtures.save(donor(TV_DONOR, "TV")
                .transaction("3", 400_000, LocalDate.of(2023, 3, 1), null, new Party(IMPLEMENTER_ORG, null, "Implementer"))
                .build());
        tvImplementer = fixtures.save(implementer(TV_IMPLEMENTER, "TV")
                .transaction("1", 400_000, LocalDate.of(2023, 3, 5), new Party(DONOR_ORG, null, "Donor"), null).build());
    }

    /** Budget 1,000,000; its own expenditure of 20,000 (monitoring), besides the disbursement each test adds. */
    private static Fixtures.Builder donor(String identifier, String country) {
        return donor(identifier, country, DONOR_ORG);
    }

    private static Fixtures.Builder donor(String identifier, String country, String org) {
        return Fixtures.activity(identifier, org, "Test donor ministry").funder(org, "Test donor ministry")
                .implementer(IMPLEMENTER_ORG, "Test implementing agency").country(country, null).sector("15210", null)
                .budget(1_000_000)
                .transaction("4", 20_000, LocalDate.of(2023, 6, 30), null, null);
    }

    /** Budget 400,000 (the donor's money); spends 350,000 of it. */
    private static Fixtures.Builder implementer(String identifier, String country) {
        return implementer(identifier, country, DONOR_ORG);
    }

    private static Fixtures.Builder implementer(String identifier, String country, String donorOrg) {
        return Fixtures.activity(identifier, IMPLEMENTER_ORG, "Test implementing agency")
                .funder(donorOrg, "Test donor ministry").implementer(IMPLEMENTER_ORG, "Test implementing agency")
                .country(country, null).sector("15210", null).budget(400_000)
                .transaction("4", 350_000, LocalDate.of(2024, 2, 1), null, null);
    }

    @Test
    void aDisbursementAndTheIncomingFundsLinkedByActivityIdentifiersCountOnce() {
        CountedTotals ki = flows.forCountry("CK");
        assertThat(ki.activities()).isEqualTo(2);
        // the implementer's 350,000 and the donor's own 20,000; the 400,000 disbursement is in the implementer's spending
        assertThat(ki.spendingUsd()).isEqualByComparingTo("370000");
        assertThat(ki.spendingLeftOutUsd()).isEqualByComparingTo("400000");
        // the donor's budget holds the implementer's
        assertThat(ki.budgetUsd()).isEqualByComparingTo("1000000");
        assertThat(ki.budgetLeftOutUsd()).isEqualByComparingTo("400000");
        assertThat(jdbc.queryForObject("select rule from activity_funding_link where from_activity = ? and to_activity = ?",
                String.class, kiDonor, kiImplementer)).isEqualTo("activity-id");
    }

    @Test
    void theSameHoldsWhenOnlyOrganisationIdentifiersLinkThem() {
        CountedTotals tv = flows.forCountry("TV");
        assertThat(tv.spendingUsd()).isEqualByComparingTo("370000");
        assertThat(tv.budgetUsd()).isEqualByComparingTo("1000000");
        assertThat(jdbc.queryForObject("select rule from activity_funding_link where from_activity = ? and to_activity = ?",
                String.class, tvDonor, tvImplementer)).isEqualTo("organisation-id");
        // organisation identifiers alone never link activities in different countries
        assertThat(jdbc.queryForObject("""
                select count(*) from activity_funding_link where (from_activity = ? and to_activity = ?)
                                                          or (from_activity = ? and to_activity = ?)""",
                Integer.class, kiDonor, tvImplementer, tvDonor, kiImplementer)).isZero();
    }

    @Test
    void donorAndReformAreaTotalsCountOnceToo() {
        // both countries: 2 × (350,000 + 20,000); 2 × 1,000,000
        CountedTotals donor = flows.forDonor(DONOR_ORG);
        assertThat(donor.spendingUsd()).isEqualByComparingTo("740000");
        assertThat(donor.budgetUsd()).isEqualByComparingTo("2000000");
        CountedTotals defence = flows.forReformArea("DEFENCE_REFORM");
        assertThat(defence.spendingUsd()).isGreaterThanOrEqualTo(new BigDecimal("740000"));
    }

    @Test
    void aDisbursementToAnActivityThatReportsNoSpendingOfItsOwnCountsWhereItIsAndTotalsFollowChanges(
            @Autowired ActivityStore store, @Autowired ReformAreas areas, @Autowired TransactionTemplate transactions) {
        Fixtures fixtures = new Fixtures(store, areas, transactions);
        fixtures.save(donor("XI-TEST-DONOR-MH-D", "MH", "XI-TEST-DONOR-MH").transaction("3", 400_000, LocalDate.of(2023, 3, 1), null,
                new Party(IMPLEMENTER_ORG, "XI-TEST-IMPL-KITV-MH-I", "Implementer")).build());
        Fixtures.Builder implementer = implementer("XI-TEST-IMPL-KITV-MH-I", "MH", "XI-TEST-DONOR-MH")
                .transaction("1", 400_000, LocalDate.of(2023, 3, 5), new Party("XI-TEST-DONOR-MH", null, "Donor"), null);
        fixtures.save(implementer.build());
        assertThat(flows.forCountry("MH").spendingUsd()).isEqualByComparingTo("370000");

        // the implementer withdraws its expenditure report: the donor's disbursement is now the last report
        implementer.transactions.removeIf(t -> "4".equals(t.type()));
        fixtures.save(implementer.build());
        CountedTotals mh = flows.forCountry("MH");
        assertThat(mh.spendingUsd()).isEqualByComparingTo("420000");
        assertThat(mh.spendingLeftOutUsd()).isEqualByComparingTo("0");
        // the budget rule does not depend on spending: the implementer is still funded by the donor
        assertThat(mh.budgetUsd()).isEqualByComparingTo("1000000");
    }

    @Test
    void theImplementersChainShowsTheDonorUpstreamAndTheDonorsShowsTheImplementerDownstream() {
        FundingFlows.Chain implementer = flows.chain(kiImplementer);
        assertThat(implementer.upstream()).extracting(Link::activityId, Link::depth, Link::rule, Link::transactionType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(kiDonor, 1, "activity-id", "3"));
        Link money = implementer.upstream().get(0);
        assertThat(money.amount()).isEqualByComparingTo("400000");
        assertThat(money.currency()).isEqualTo("USD");
        assertThat(money.amountUsd()).isEqualByComparingTo("400000");
        assertThat(implementer.downstream()).isEmpty();

        FundingFlows.Chain donor = flows.chain(kiDonor);
        assertThat(donor.downstream()).extracting(Link::activityId).containsExactly(kiImplementer);
        assertThat(donor.upstream()).isEmpty();
        assertThat(flows.chain(tvImplementer).upstream()).extracting(Link::activityId, Link::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(tvDonor, "organisation-id"));
    }

    @Test
    void theCountryPageShowsTheCountedTotalsWithTheRulesUnderThem() throws Exception {
        String page = mvc.perform(get("/countries/CK").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Counted once:")
                .contains("Spending (disbursements and expenditures) is counted where it is last reported")
                .contains("Budgets are counted at the first hop")
                .contains("≈ 370,000 USD").contains("≈ 1,000,000 USD")
                // the link itself is listed, with the rule that made it
                .contains("Money passed between activities").contains("activity identifier");
        mvc.perform(get("/countries/ki")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theApiAnswersWithTheCountedFundingAndItsRules() throws Exception {
        mvc.perform(get("/api/v1/countries/CK/funding").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.country.code").value("CK"))
                .andExpect(jsonPath("$.totals.spendingUsd").value(370000.0))
                .andExpect(jsonPath("$.byDonorAndYear.years").value(Matchers.contains(2023, 2024)))
                .andExpect(jsonPath("$.byDonorAndYear.donors[0].donorKey").value(DONOR_ORG))
                .andExpect(jsonPath("$.byDonorAndYear.donors[0].total").value(370000.0))
                .andExpect(jsonPath("$.rules[0].key").value("funding.rule.spending"))
                .andExpect(jsonPath("$.rules[0].text").value(Matchers.startsWith("Spending")));
        mvc.perform(get("/api/v1/countries/CK/funding").header("Accept-Language", "fr"))
                .andExpect(jsonPath("$.rules[0].text").value(Matchers.startsWith("Les dépenses")));
    }
}
