package org.concord.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Locale;
import org.concord.TestActors;
import org.concord.standards.internal.Visibility;
import org.concord.standards.internal.frameworks.FrameworkService;
import org.concord.standards.internal.indicators.IndicatorService;
import org.concord.standards.internal.values.ValueForm;
import org.concord.standards.internal.values.ValueService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Who sees restricted frameworks, indicators and unverified values; what Indicators tells other modules. */
@SpringBootTest
@AutoConfigureMockMvc
class StandardsVisibilityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    IndicatorService indicatorService;
    @Autowired
    Indicators indicators;
    @Autowired
    ValueService values;

    StandardsFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new StandardsFixtures(jdbc);
    }

    private long value(long indicator, String period, String figure, boolean verify) {
        long id = TestActors.runAs(fixtures.undpCoordinator(), () -> {
            ValueForm form = new ValueForm();
            form.setCountryCode("GE");
            form.setPeriod(period);
            form.setValue(new BigDecimal(figure));
            form.setLowerBound(new BigDecimal(figure).subtract(BigDecimal.ONE));
            form.setUpperBound(new BigDecimal(figure).add(BigDecimal.ONE));
            form.setEvidenceDocument("Annual report " + period);
            long v = values.enter(indicator, form);
            values.submit(v, null);
            return v;
        });
        if (verify) {
            TestActors.runAs(fixtures.ohchrEvaluator(), () -> {
                values.verify(id, null);
                return null;
            });
        }
        return id;
    }

    @Test
    void aRestrictedIndicatorIsNotFoundForOutsidersAndShownToMembersAndEvaluators() throws Exception {
        long[] ids = fixtures.indicator(frameworks, indicatorService, Visibility.RESTRICTED, Unit.SCORE);
        long framework = ids[0];
        long indicator = ids[2];

        for (String path : new String[] {"/api/v1/standards/frameworks/{id}", "/api/v1/standards/indicators/{id}"}) {
            long id = path.contains("frameworks") ? framework : indicator;
            mvc.perform(get(path, id)).andExpect(status().isNotFound());
            mvc.perform(get(path, id).with(authentication(fixtures.ohchrTrainee()))).andExpect(status().isNotFound());
            mvc.perform(get(path, id).with(authentication(fixtures.undpTrainee()))).andExpect(status().isOk());
            mvc.perform(get(path, id).with(authentication(fixtures.ohchrEvaluator()))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/standards/frameworks"))
                .andExpect(jsonPath("$[?(@.id == " + framework + ")]").isEmpty());
        mvc.perform(get("/api/v1/standards/frameworks").with(authentication(fixtures.undpTrainee())))
                .andExpect(jsonPath("$[?(@.id == " + framework + ")].visibility").value("RESTRICTED"));
        mvc.perform(get("/standards/indicators/{id}", indicator)).andExpect(status().isNotFound());
        mvc.perform(get("/standards/frameworks/{id}", framework).with(authentication(fixtures.ohchrTrainee())))
                .andExpect(status().isNotFound());

        value(indicator, "2021", "3", true);
        assertThat(TestActors.runAs(fixtures.ohchrTrainee(), () -> indicators.indicator(indicator, Locale.ENGLISH))).isEmpty();
        assertThat(TestActors.runAs(fixtures.ohchrTrainee(), () -> indicators.latestVerified(indicator, Subject.country("GE")))).isEmpty();
        assertThat(TestActors.runAs(fixtures.undpTrainee(), () -> indicators.latestVerified(indicator, Subject.country("GE"))))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo("3"));
    }

    @Test
    void onlyVerifiedValuesAreLatestAndInTheSeriesAndPublic() throws Exception {
        long indicator = fixtures.indicator(frameworks, indicatorService, Visibility.PUBLIC, Unit.NUMBER)[2];
        value(indicator, "2019", "10", true);
        value(indicator, "2020", "12.5", true);
        value(indicator, "2021", "77.25", false); // submitted, not verified: newer, but must not count

        var latest = indicators.latestVerified(indicator, Subject.country("GE")).orElseThrow();
        assertThat(latest.period()).isEqualTo("2020");
        assertThat(latest.value()).isEqualByComparingTo("12.5");
        assertThat(latest.lowerBound()).isEqualByComparingTo("11.5");
        assertThat(latest.upperBound()).isEqualByComparingTo("13.5");
        assertThat(latest.periodStart()).hasToString("2020-01-01");
        assertThat(latest.verifiedAt()).isNotNull();
        assertThat(indicators.verifiedSeries(indicator, Subject.country("GE")))
                .extracting(IndicatorValueView::period).containsExactly("2019", "2020");
        assertThat(indicators.latestVerified(indicator, Subject.country("FR"))).isEmpty();
        // the latest verified value has a partial index of verified rows to come from, newest period first (which
        // plan PostgreSQL takes on a test's few rows is its choice; ScorecardBenchmark measures it at 10,000,000 values)
        String index = jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'standards_value_verified_country_idx'",
                String.class);
        assertThat(index).contains("(indicator_id, country_code", "period_end DESC").contains("WHERE", "'VERIFIED'");
        assertThat(indicators.indicator(indicator, Locale.FRENCH))
                .hasValueSatisfying(i -> assertThat(i.publiclyVisible()).isTrue());

        // a public visitor sees the verified values only; the owning organisation's members see the submitted one too
        mvc.perform(get("/api/v1/standards/indicators/{id}/values", indicator))
                .andExpect(jsonPath("$[*].period").value(org.hamcrest.Matchers.containsInAnyOrder("2019", "2020")));
        mvc.perform(get("/api/v1/standards/indicators/{id}/values", indicator).with(authentication(fixtures.undpTrainee())))
                .andExpect(jsonPath("$[*].period").value(org.hamcrest.Matchers.containsInAnyOrder("2019", "2020", "2021")));
        mvc.perform(get("/standards/indicators/{id}", indicator))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("12.5")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("77.25"))));
    }
}
