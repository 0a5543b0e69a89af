package org.concord.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.TestActors;
import org.concord.oversight.internal.cases.CaseService;
import org.concord.oversight.internal.cases.Transition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public statistics with small-cell suppression: counts 1-4 never published, a lone suppressed cell taken with its
 * complement so the total does not give it back, medians only over 5 cases, shares only from published counts; the
 * country section withholds its total when a body's count is suppressed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightStatisticsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OversightStatistics statistics;
    @Autowired
    CaseService cases;

    CaseFixtures fixtures;
    long body;
    long small;
    Authentication officer;
    List<Long> corruption = new ArrayList<>();

    @BeforeAll
    void seventeenReportsInOneBodyAndThreeInAnother() {
        fixtures = new CaseFixtures(jdbc, events, tx);
        body = fixtures.body("Ombudsperson of Liechtenstein (test)", "LI");
        small = fixtures.body("Small Inspectorate (test)", "LI");
        officer = fixtures.officer("stats-officer", body);
        long channel = fixtures.channel(body, 7, 90, 365);
        Instant now = Instant.now();
        for (int i = 1; i <= 8; i++) {
            corruption.add(fixtures.submit(channel, Category.CORRUPTION_BRIBERY, now.minus(Duration.ofDays(i))));
        }
        for (int i = 0; i < 6; i++) {
            fixtures.submit(channel, Category.UNLAWFUL_FORCE, now);
        }
        for (int i = 0; i < 3; i++) {
            fixtures.submit(channel, Category.OTHER, now);
        }
        long smallChannel = fixtures.channel(small, 7, 90, 365);
        for (int i = 0; i < 3; i++) {
            fixtures.submit(smallChannel, Category.OTHER, now);
        }
    }

    private void move(long report, Transition t) {
        TestActors.runAs(officer, () -> cases.transition(report, t, Locale.ENGLISH));
    }

    private static Long value(List<BodyStatistics.Cell> cells, String key) {
        return cells.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().count().value();
    }

    @Test
    void aLoneSmallCategoryTakesTheNextSmallestWithItSoTheTotalGivesNeitherBack() throws Exception {
        BodyStatistics s = statistics.body(body, Locale.ENGLISH).orElseThrow();
        assertThat(s.received()).isEqualTo(Figure.shown(17));
        assertThat(value(s.byCategory(), "CORRUPTION_BRIBERY")).isEqualTo(8);
        assertThat(value(s.byCategory(), "OTHER")).isNull();
        assertThat(value(s.byCategory(), "UNLAWFUL_FORCE")).isNull();
        assertThat(value(s.byCategory(), "DISCRIMINATION")).isZero();
        long shown = s.byCategory().stream().filter(c -> !c.count().suppressed()).mapToLong(c -> c.count().value()).sum();
        // what a reader can work out is only the sum of the two withheld cells
        assertThat(s.received().value() - shown).isEqualTo(9);
        assertThat(s.byCategory().stream().filter(c -> c.count().suppressed()).count()).isEqualTo(2);

        mvc.perform(get("/api/v1/oversight/statistics").param("organisation", String.valueOf(body)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received.value").value(17))
                .andExpect(jsonPath("$.byCategory[?(@.key == 'OTHER')].count.suppressed").value(hasItem(true)))
                .andExpect(jsonPath("$.byCategory[*].count.value", not(hasItem(3))))
                .andExpect(jsonPath("$.byCategory[*].count.value", not(hasItem(6))))
                .andExpect(jsonPath("$..value", not(hasItem(3))));
        mvc.perform(get("/oversight/bodies/" + body + "/statistics"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("fewer than 5 or withheld")))
                .andExpect(content().string(containsString("months-data")));
    }

    @Test
    void mediansNeedFiveCasesAndTheShareUpheldNeedsBothItsCountsPublished() {
        for (int i = 0; i < 4; i++) {
            move(corruption.get(i), Transition.to(CaseStatus.ACKNOWLEDGED, null));
        }
        assertThat(statistics.body(body, Locale.ENGLISH).orElseThrow().medianDaysToAcknowledge()).isNull();
        for (int i = 4; i < 8; i++) {
            move(corruption.get(i), Transition.to(CaseStatus.ACKNOWLEDGED, null));
        }
        // received 1..8 days ago (to the hour), acknowledged now: the median of eight is the mean of the middle two
        assertThat(statistics.body(body, Locale.ENGLISH).orElseThrow().medianDaysToAcknowledge()).isCloseTo(4.5, within(0.1));

        for (int i = 0; i < 6; i++) {
            long r = corruption.get(i);
            move(r, Transition.to(CaseStatus.ADMISSIBILITY_REVIEW, null));
            move(r, Transition.to(CaseStatus.UNDER_INVESTIGATION, null));
            move(r, new Transition(CaseStatus.DECIDED, null, null, i < 5 ? CaseOutcome.UPHELD : CaseOutcome.NOT_UPHELD,
                    null, null));
        }
        move(corruption.get(0), new Transition(CaseStatus.REMEDY_RECORDED, null, null, null, SanctionType.SUSPENSION, null));
        BodyStatistics s = statistics.body(body, Locale.ENGLISH).orElseThrow();
        assertThat(s.decided()).isEqualTo(Figure.shown(6));
        // one "not upheld" is withheld, so "upheld" (5) is withheld with it, and so is the share it would give
        assertThat(value(s.byOutcome(), "NOT_UPHELD")).isNull();
        assertThat(value(s.byOutcome(), "UPHELD")).isNull();
        assertThat(s.shareUpheld()).isNull();
        assertThat(s.medianDaysToDecision()).isNotNull();
        assertThat(s.sanctions().suppressed()).isTrue();
        assertThat(s.bySanction()).allMatch(c -> c.count().suppressed());
    }

    @Test
    void theCountrySectionWithholdsItsTotalWhenABodysCountIsSuppressed() throws Exception {
        OversightCountryFigures li = statistics.countryFigures("li", Locale.ENGLISH);
        assertThat(li.bodies()).extracting(OversightCountryFigures.Body::organisationId).contains(body, small);
        var big = li.bodies().stream().filter(b -> b.organisationId() == body).findFirst().orElseThrow();
        var little = li.bodies().stream().filter(b -> b.organisationId() == small).findFirst().orElseThrow();
        assertThat(big.received()).isEqualTo(Figure.shown(17));
        assertThat(little.received().suppressed()).isTrue();
        assertThat(li.received().suppressed()).isTrue();
        mvc.perform(get("/api/v1/oversight/statistics/countries/LI"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.received.value").doesNotExist())
                .andExpect(jsonPath("$.received.suppressed").value(true));
        mvc.perform(get("/countries/LI"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Small Inspectorate (test)")))
                .andExpect(content().string(containsString("fewer than 5 or withheld")));
    }
}
