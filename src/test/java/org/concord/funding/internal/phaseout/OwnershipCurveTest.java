package org.concord.funding.internal.phaseout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.concord.TestActors;
import org.concord.funding.FundingFixtures;
import org.concord.funding.InstitutionCurve;
import org.concord.funding.OwnershipYear;
import org.concord.funding.internal.money.FundingMoney;
import org.concord.organisations.Organisations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The domestic ownership curve of one ministry funded by two donors, each figure as a reader would add it up by hand
 * from the agreements' tranches and phase-out plans (Y is the current year). The curve is read with a clock fixed
 * when the class starts, so that a new year beginning during the run moves neither Y nor the curve's own year.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnershipCurveTest {

    @Autowired
    OwnershipQueries queries;
    @Autowired
    Organisations organisations;
    @Autowired
    FundingMoney money;
    @Autowired
    JdbcTemplate jdbc;

    final Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
    final int y = LocalDate.now(clock).getYear();
    OwnershipService ownership;
    long ministry;
    long donorA;
    long donorB;

    private LocalDate in(int year) {
        return LocalDate.of(year, 3, 1);
    }

    @BeforeAll
    void twoDonorsFundOneMinistry() {
        ownership = new OwnershipService(queries, organisations, clock, money);
        FundingFixtures f = new FundingFixtures(jdbc);
        ministry = f.organisation("Ministry of Interior");
        donorA = f.organisation("Donor A");
        donorB = f.organisation("Donor B");

        long a = f.agreement(donorA, ministry, "BT", "EUR", "2000000", in(y - 2), in(y + 3));
        f.releasedTranche(a, "600000", in(y - 2), "500000", in(y - 2));   // Y-2: released 500,000 counts
        f.releasedTranche(a, "400000", in(y - 1), "400000", in(y - 1));   // Y-1: released 400,000 counts
        f.plannedTranche(a, "777", in(y));                                 // Y: the plan's row counts instead
        f.plannedTranche(a, "200", in(y + 2));                             // Y+2: no plan row, the tranche counts
        f.plan(a, in(y + 2),
                y - 2, "999999", "100000",   // past year: the plan's external figure is not used, its national is
                y - 1, "999999", "200000",
                y, "300000", "300000",
                y + 1, "100000", "500000");

        long b = f.agreement(donorB, ministry, "BT", "EUR", "900000", in(y - 1), in(y + 1));
        f.releasedTranche(b, "300000", in(y - 1), "300000", in(y - 1));   // Y-1
        f.plannedTranche(b, "300000", in(y));                             // Y, no plan: the tranche counts

        long usd = f.agreement(donorB, ministry, "BT", "USD", "1000", in(y), in(y + 1));
        f.plannedTranche(usd, "1000", in(y));

        long cancelled = f.agreement(donorB, ministry, "BT", "EUR", "1000000", in(y - 1), in(y));
        f.releasedTranche(cancelled, "1000000", in(y - 1), "1000000", in(y - 1));
        jdbc.update("update funding_agreement set status = 'CANCELLED' where id = ?", cancelled);

        long secret = f.agreement(donorA, ministry, "BT", "EUR", "100000", in(y - 1), in(y));
        f.releasedTranche(secret, "100000", in(y - 1), "100000", in(y - 1));
        f.confidential(secret, "AMOUNTS");
    }

    private InstitutionCurve asPublic() {
        return ownership.institution(ministry, Locale.ENGLISH);
    }

    private static OwnershipYear year(InstitutionCurve curve, int year, String currency) {
        return curve.in(currency).stream().filter(p -> p.year() == year).findFirst().orElseThrow();
    }

    @Test
    void pastYearsCountReleasedTranchesAndThePlansNationalFigures() {
        InstitutionCurve curve = asPublic();
        OwnershipYear twoYearsAgo = year(curve, y - 2, "EUR");
        assertThat(twoYearsAgo.external()).isEqualByComparingTo("500000");
        assertThat(twoYearsAgo.national()).isEqualByComparingTo("100000");
        assertThat(twoYearsAgo.externalShare()).isEqualByComparingTo("0.8333");
        assertThat(twoYearsAgo.nationalShare()).isEqualByComparingTo("0.1667");

        OwnershipYear lastYear = year(curve, y - 1, "EUR");
        // 400,000 from A and 300,000 from B; the cancelled agreement and the confidential one do not count
        assertThat(lastYear.external()).isEqualByComparingTo("700000");
        assertThat(lastYear.national()).isEqualByComparingTo("200000");
        assertThat(lastYear.largestDonorId()).isEqualTo(donorA);
        assertThat(lastYear.largestDonorName()).startsWith("Donor A");
        assertThat(lastYear.largestDonorShare()).isEqualByComparingTo("0.5714");
        assertThat(lastYear.dependsOnOneDonor()).isTrue();
    }

    @Test
    void thisYearAndLaterCountThePlanOrElseTheTranches() {
        InstitutionCurve curve = asPublic();
        OwnershipYear now = year(curve, y, "EUR");
        // A's plan row (300,000, not its 777 tranche) and B's planned tranche of 300,000
        assertThat(now.external()).isEqualByComparingTo("600000");
        assertThat(now.national()).isEqualByComparingTo("300000");
        assertThat(now.externalShare()).isEqualByComparingTo("0.6667");
        assertThat(now.dependsOnOneDonor()).as("two donors at exactly half each").isFalse();

        OwnershipYear next = year(curve, y + 1, "EUR");
        assertThat(next.external()).isEqualByComparingTo("100000");
        assertThat(next.national()).isEqualByComparingTo("500000");
        assertThat(next.nationalShare()).isEqualByComparingTo("0.8333");

        OwnershipYear later = year(curve, y + 2, "EUR");
        assertThat(later.external()).isEqualByComparingTo("200");
        assertThat(later.national()).isEqualByComparingTo("0");

        assertThat(curve.in("EUR")).extracting(OwnershipYear::year).containsExactly(y - 2, y - 1, y, y + 1, y + 2);
        assertThat(curve.dependsOnOneDonor()).isTrue();
    }

    @Test
    void eachCurrencyIsItsOwnSeriesUntilAmountsAreConverted() {
        InstitutionCurve curve = asPublic();
        assertThat(curve.currencies()).containsExactly("EUR", "USD");
        assertThat(curve.severalCurrencies()).isTrue();
        assertThat(year(curve, y, "USD").external()).isEqualByComparingTo("1000");
        assertThat(year(curve, y, "USD").externalShare()).isEqualByComparingTo("1");
    }

    @Test
    void confidentialAmountsCountOnlyForThoseWhoMaySeeThem() {
        InstitutionCurve forAdmin = TestActors.runAs(TestActors.admin(), () -> ownership.institution(ministry, Locale.ENGLISH));
        assertThat(year(forAdmin, y - 1, "EUR").external()).isEqualByComparingTo("800000");
        InstitutionCurve forFunder = TestActors.runAs(TestActors.as("donor-a-trainer",
                new org.concord.shared.security.Grant(org.concord.shared.security.Role.TRAINER, donorA)),
                () -> ownership.institution(ministry, Locale.ENGLISH));
        assertThat(year(forFunder, y - 1, "EUR").external()).isEqualByComparingTo("800000");
        assertThat(year(asPublic(), y - 1, "EUR").external()).isEqualByComparingTo("700000");
    }

    @Test
    void aCountryListsItsInstitutionsThoseDependingOnOneDonorFirst() {
        List<InstitutionCurve> curves = ownership.country("BT", Locale.ENGLISH);
        assertThat(curves).extracting(InstitutionCurve::institutionId).contains(ministry);
        assertThat(curves.get(0).dependsOnOneDonor()).isTrue();
    }
}
