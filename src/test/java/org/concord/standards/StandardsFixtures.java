package org.concord.standards;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.concord.standards.internal.NameRow;
import org.concord.standards.internal.Visibility;
import org.concord.standards.internal.frameworks.FrameworkForm;
import org.concord.standards.internal.frameworks.FrameworkService;
import org.concord.standards.internal.frameworks.StandardForm;
import org.concord.standards.internal.indicators.Dimension;
import org.concord.standards.internal.indicators.Frequency;
import org.concord.standards.internal.indicators.IndicatorForm;
import org.concord.standards.internal.indicators.IndicatorService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;

/** Frameworks, indicators and people for the standards tests, made through the services as an administrator would. */
final class StandardsFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final long undp;
    final long ohchr;

    StandardsFixtures(JdbcTemplate jdbc) {
        undp = jdbc.queryForObject("select id from organisation where slug = 'undp'", Long.class);
        ohchr = jdbc.queryForObject("select id from organisation where slug = 'ohchr'", Long.class);
    }

    /** A unique code for this run (tests share one database). */
    static String code(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    Authentication undpCoordinator() {
        return TestActors.as("undp-coordinator", new Grant(Role.COORDINATOR, undp));
    }

    Authentication undpEvaluator() {
        return TestActors.as("undp-evaluator", new Grant(Role.EVALUATOR, undp));
    }

    Authentication undpTrainee() {
        return TestActors.as("undp-trainee", new Grant(Role.TRAINEE, undp));
    }

    Authentication ohchrEvaluator() {
        return TestActors.as("ohchr-evaluator", new Grant(Role.EVALUATOR, ohchr));
    }

    Authentication ohchrTrainee() {
        return TestActors.as("ohchr-trainee", new Grant(Role.TRAINEE, ohchr));
    }

    /** A framework owned by UNDP with one standard and one annual indicator; returns {framework, standard, indicator}. */
    long[] indicator(FrameworkService frameworks, IndicatorService indicators, Visibility visibility, Unit unit) {
        return TestActors.runAs(TestActors.admin(), () -> {
            FrameworkForm f = new FrameworkForm();
            f.setCode(code("FW"));
            f.setOwnerOrganisationId(undp);
            f.setVisibility(visibility);
            f.setNames(List.of(new NameRow("en", "Democratic control of the armed forces", "Civilian oversight"),
                    new NameRow("fr", "Contrôle démocratique des forces armées", null)));
            long framework = frameworks.create(f);
            StandardForm s = new StandardForm();
            s.setCode("S1");
            s.setNames(List.of(new NameRow("en", "Parliament oversees the defence budget", null)));
            long standard = frameworks.addStandard(framework, s);
            IndicatorForm i = new IndicatorForm();
            i.setCode(code("IND"));
            i.setStandardId(standard);
            i.setUnit(unit);
            i.setDirection(Direction.HIGHER_IS_BETTER);
            i.setFrequency(Frequency.ANNUAL);
            i.setVisibility(visibility);
            i.setOwnerOrganisationId(undp);
            i.setDataSource("Parliamentary records");
            i.setDisaggregations(new java.util.LinkedHashSet<>(Set.of(Dimension.SEX)));
            i.setNames(List.of(new NameRow("en", "Share of defence budget lines debated", "Lines debated / all lines")));
            long indicator = indicators.create(i);
            return new long[] {framework, standard, indicator};
        });
    }
}
