package org.concord.standards;

import java.math.BigDecimal;
import org.concord.TestActors;
import org.concord.standards.internal.Visibility;
import org.concord.standards.internal.frameworks.FrameworkService;
import org.concord.standards.internal.indicators.IndicatorService;
import org.concord.standards.internal.values.ValueForm;
import org.concord.standards.internal.values.ValueService;
import org.springframework.jdbc.core.JdbcTemplate;

/** A public indicator with verified values for Ukraine, for tests outside this package (the browser journeys). */
public final class StandardsTestData {

    private StandardsTestData() {
    }

    /** Returns {framework, standard, indicator}. */
    public static long[] publicIndicatorWithVerifiedValues(JdbcTemplate jdbc, FrameworkService frameworks,
                                                           IndicatorService indicators, ValueService values) {
        StandardsFixtures fixtures = new StandardsFixtures(jdbc);
        long[] ids = fixtures.indicator(frameworks, indicators, Visibility.PUBLIC, Unit.PERCENTAGE);
        for (int year = 2019; year <= 2023; year++) {
            String period = String.valueOf(year);
            BigDecimal figure = BigDecimal.valueOf(30 + year - 2019).add(new BigDecimal("0.5"));
            long id = TestActors.runAs(fixtures.undpCoordinator(), () -> {
                ValueForm form = new ValueForm();
                form.setCountryCode("UA");
                form.setPeriod(period);
                form.setValue(figure);
                form.setLowerBound(figure.subtract(BigDecimal.TEN));
                form.setUpperBound(figure.add(BigDecimal.TEN));
                form.setEvidenceUrl("https://example.org/defence-committee/annual-report-" + period + ".pdf");
                long v = values.enter(ids[2], form);
                values.submit(v, null);
                return v;
            });
            TestActors.runAs(fixtures.ohchrEvaluator(), () -> {
                values.verify(id, null);
                return null;
            });
        }
        return ids;
    }
}
