package org.concord.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.concord.TestActors;
import org.concord.audit.EntityChanged;
import org.concord.standards.internal.NameRow;
import org.concord.standards.internal.Visibility;
import org.concord.standards.internal.frameworks.FrameworkForm;
import org.concord.standards.internal.frameworks.FrameworkService;
import org.concord.standards.internal.indicators.IndicatorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The standards module with what it depends on (organisations, audit, shared): a framework defined is announced for
 * the audit log, and an indicator is found through {@link Indicators} in the reader's language.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class StandardsModuleTest {

    @Autowired
    FrameworkService frameworks;
    @Autowired
    IndicatorService indicatorService;
    @Autowired
    Indicators indicators;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFrameworkDefinedIsAuditedAndItsIndicatorFoundInTheReadersLanguage(Scenario scenario) {
        StandardsFixtures fixtures = new StandardsFixtures(jdbc);
        String code = StandardsFixtures.code("MODULE");
        FrameworkForm form = new FrameworkForm();
        form.setCode(code);
        form.setOwnerOrganisationId(fixtures.undp);
        form.setVisibility(Visibility.PUBLIC);
        form.setNames(List.of(new NameRow("en", "Integrity in defence procurement", null)));

        scenario.stimulate(() -> TestActors.runAs(TestActors.admin(), () -> frameworks.create(form)))
                .andWaitForEventOfType(EntityChanged.class)
                .matching(e -> e.entityType().equals("standards-framework") && e.action().equals("created"))
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.entityId()).isEqualTo(String.valueOf(id));
                    assertThat(event.changes()).containsKeys("code", "names", "visibility");
                });

        long indicator = fixtures.indicator(frameworks, indicatorService, Visibility.PUBLIC, Unit.PERCENTAGE)[2];
        String indicatorCode = jdbc.queryForObject("select code from standards_indicator where id = ?", String.class, indicator);
        assertThat(indicators.indicator(indicator, Locale.FRENCH)).hasValueSatisfying(i -> {
            assertThat(i.code()).isEqualTo(indicatorCode);
            // no French name: the English one
            assertThat(i.name()).isEqualTo("Share of defence budget lines debated");
            assertThat(i.unit()).isEqualTo(Unit.PERCENTAGE);
            assertThat(i.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        });
        assertThat(indicators.find("budget lines", Locale.ENGLISH, 500)).extracting(IndicatorSummary::id).contains(indicator);
        // latest verified of a subject without values: nothing
        assertThat(indicators.latestVerified(indicator, Subject.country("NO"))).isEmpty();
    }
}
