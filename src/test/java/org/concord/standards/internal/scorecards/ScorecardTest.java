package org.concord.standards.internal.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.concord.standards.Comparison;
import org.concord.standards.Scorecard;
import org.concord.standards.ScorecardLine;
import org.concord.standards.Scorecards;
import org.concord.standards.ScorecardTestData;
import org.concord.standards.ScorecardTestData.On;
import org.concord.standards.Subject;
import org.concord.standards.TrackStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Scorecards read from the tables: the figures a reader gets by hand from the stored values, only verified values of
 * public indicators, institutions as well as countries, and the comparison.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardTest {

    @Autowired
    Scorecards scorecards;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    long institution;
    long rising;
    long falling;
    List<Long> notShown;

    @BeforeAll
    void values() {
        long owner = ScorecardTestData.organisation(jdbc, "Ministry of Interior");
        institution = ScorecardTestData.organisation(jdbc, "Police Academy of Moldova");
        long standard = ScorecardTestData.standard(jdbc, owner, "PUBLIC");
        rising = ScorecardTestData.indicator(jdbc, standard, owner, "Complaints resolved (%)", "HIGHER_IS_BETTER", "PUBLIC");
        falling = ScorecardTestData.indicator(jdbc, standard, owner, "Pre-trial detainees (%)", "LOWER_IS_BETTER", "PUBLIC");
        long restricted = ScorecardTestData.indicator(jdbc, standard, owner, "Internal audit findings", "LOWER_IS_BETTER", "RESTRICTED");
        long onlySubmitted = ScorecardTestData.indicator(jdbc, standard, owner, "Vetted officers", "HIGHER_IS_BETTER", "PUBLIC");
        long hiddenStandard = ScorecardTestData.standard(jdbc, owner, "RESTRICTED");
        long inRestrictedFramework = ScorecardTestData.indicator(jdbc, hiddenStandard, owner, "Secret", "HIGHER_IS_BETTER", "PUBLIC");
        notShown = List.of(restricted, onlySubmitted, inRestrictedFramework);
        On md = On.country("MD");
        ScorecardTestData.baseline(jdbc, rising, md, 2020, "40");
        ScorecardTestData.target(jdbc, rising, md, 2030, "60");
        ScorecardTestData.value(jdbc, rising, md, 2022, "44", "VERIFIED", null, null);
        ScorecardTestData.value(jdbc, rising, md, 2023, "45", "VERIFIED", "43.5", "46.5");
        ScorecardTestData.value(jdbc, rising, md, 2024, "58", "DRAFT", null, null);
        ScorecardTestData.value(jdbc, rising, md, 2025, "59", "SUBMITTED", null, null);
        ScorecardTestData.baseline(jdbc, falling, md, 2020, "30");
        ScorecardTestData.target(jdbc, falling, md, 2025, "10");
        ScorecardTestData.target(jdbc, falling, md, 2035, "5");
        ScorecardTestData.value(jdbc, falling, md, 2024, "12", "VERIFIED", null, null);
        ScorecardTestData.value(jdbc, restricted, md, 2024, "3", "VERIFIED", null, null);
        ScorecardTestData.value(jdbc, onlySubmitted, md, 2024, "80", "SUBMITTED", null, null);
        ScorecardTestData.value(jdbc, inRestrictedFramework, md, 2024, "1", "VERIFIED", null, null);
        On academy = On.institution(institution);
        ScorecardTestData.value(jdbc, rising, academy, 2023, "70", "VERIFIED", null, null);
        ScorecardTestData.value(jdbc, falling, academy, 2024, "20", "VERIFIED", null, null);
    }

    private static ScorecardLine line(Scorecard card, long indicator) {
        return card.lines().stream().filter(l -> l.indicator().id() == indicator).findFirst().orElseThrow();
    }

    @Test
    void theFiguresAreWhatAReaderComputesByHandFromTheValues() {
        Scorecard card = scorecards.forCountry("md", Locale.ENGLISH);
        assertThat(card.subjectName()).isEqualTo("Moldova");
        ScorecardLine up = line(card, rising);
        // latest verified: 2023 = 45 (the 2024 draft and 2025 submitted values do not count)
        assertThat(up.latestPeriod()).isEqualTo("2023");
        assertThat(up.latest()).isEqualByComparingTo("45");
        assertThat(up.lowerBound()).isEqualByComparingTo("43.5");
        // progress (45 - 40) / (60 - 40) = 0.25; elapsed 31/12/2020 -> 31/12/2023 of 31/12/2020 -> 31/12/2030:
        // 1095 of 3652 days = 0.2998; 0.25 < 0.2998 but >= 0.75 x 0.2998 = 0.2249: at risk
        assertThat(up.progress()).isEqualByComparingTo("0.25");
        assertThat(up.elapsed()).isEqualByComparingTo(new BigDecimal(1095).divide(new BigDecimal(3652), MathContext.DECIMAL64));
        assertThat(up.status()).isEqualTo(TrackStatus.AT_RISK);
        ScorecardLine down = line(card, falling);
        // rated against the 2025 target (the first not passed in 2024): (12 - 30) / (10 - 30) = 0.9;
        // 1461 of 1826 days = 0.8001: on track
        assertThat(down.targetPeriod()).isEqualTo("2025");
        assertThat(down.target()).isEqualByComparingTo("10");
        assertThat(down.progress()).isEqualByComparingTo("0.9");
        assertThat(down.elapsed()).isEqualByComparingTo(new BigDecimal(1461).divide(new BigDecimal(1826), MathContext.DECIMAL64));
        assertThat(down.status()).isEqualTo(TrackStatus.ON_TRACK);
        assertThat(card.counts()).containsEntry(TrackStatus.ON_TRACK, 1L).containsEntry(TrackStatus.AT_RISK, 1L);
    }

    @Test
    void onlyVerifiedValuesOfPublicIndicatorsOfPublicFrameworksCount() {
        Scorecard card = scorecards.forCountry("MD", Locale.ENGLISH);
        // (other tests' indicators may have values for Moldova too: only this test's are looked at)
        assertThat(card.lines()).extracting(l -> l.indicator().id()).contains(rising, falling)
                .doesNotContainAnyElementsOf(notShown);
    }

    @Test
    void institutionsHaveScorecardsAndComparisonsPutSubjectsSideBySide() {
        Scorecard academy = scorecards.forInstitution(institution, Locale.ENGLISH);
        assertThat(academy.subjectName()).isEqualTo("Police Academy of Moldova");
        assertThat(line(academy, rising).status()).isEqualTo(TrackStatus.NOT_RATED);
        Comparison comparison = scorecards.compare(List.of(Subject.country("MD"), Subject.institution(institution),
                Subject.country("AQ")), Locale.ENGLISH);
        assertThat(comparison.subjectNames()).containsExactly("Moldova", "Police Academy of Moldova", "Antarctica");
        Comparison.Row up = comparison.rows().stream().filter(r -> r.indicator().id() == rising).findFirst().orElseThrow();
        assertThat(up.cells()).extracting(Comparison.Cell::value).usingElementComparator(
                (a, b) -> a == null || b == null ? (a == b ? 0 : 1) : ((BigDecimal) a).compareTo((BigDecimal) b))
                .containsExactly(new BigDecimal("45"), new BigDecimal("70"), null);
        // higher is better: 45 is the worst (0), 70 the best (1); lower is better: 12 best (1), 20 worst (0)
        assertThat(up.cells().get(0).normalised()).isEqualByComparingTo("0");
        assertThat(up.cells().get(1).normalised()).isEqualByComparingTo("1");
        Comparison.Row down = comparison.rows().stream().filter(r -> r.indicator().id() == falling).findFirst().orElseThrow();
        assertThat(down.cells().get(0).normalised()).isEqualByComparingTo("1");
        assertThat(down.cells().get(1).normalised()).isEqualByComparingTo("0");
        assertThat(up.cells().get(0).status()).isEqualTo(TrackStatus.AT_RISK);
    }
}
