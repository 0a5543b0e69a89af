package org.concord.standards.internal.wgi;

import java.util.EnumMap;
import java.util.Map;
import org.concord.audit.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The framework "WB-WGI", its one standard and its six public indicators, created by the first import and left as
 * they are by every later one (a re-import changes values only).
 */
@Component
class WgiCatalogue {

    static final String FRAMEWORK = "WB-WGI";
    static final String SOURCE = "The World Bank: Worldwide Governance Indicators, www.govindicators.org (CC BY 4.0)";
    static final String DEFINITION = "World Bank governance estimate in standard-normal units (about -2.5 weak to "
            + "+2.5 strong). Uncertainty shown: estimate \u00b1 1.645 \u00d7 standard error (90% interval). "
            + "The percentile rank among all economies and its published 90% bounds are kept beside each value.";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    WgiCatalogue(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The ids of the six indicators, creating what is missing (owned by {@code owner} when created). */
    Map<WgiIndicator, Long> ensure(long owner) {
        Long framework = jdbc.sql("select id from standards_framework where code = ?").param(FRAMEWORK)
                .query(Long.class).optional().orElse(null);
        if (framework == null) {
            framework = jdbc.sql("insert into standards_framework (code, owner_organisation_id, visibility) "
                    + "values (?, ?, 'PUBLIC') returning id").params(FRAMEWORK, owner).query(Long.class).single();
            jdbc.sql("insert into standards_framework_name (framework_id, language, name, description) values (?, 'en', ?, ?)")
                    .params(framework, "Worldwide Governance Indicators", SOURCE).update();
            events.publishEvent(EntityChanged.diff("standards-framework", framework, "created-by-wgi-import", Map.of(),
                    Map.of("code", FRAMEWORK, "ownerOrganisationId", owner)));
        }
        Long standard = jdbc.sql("select id from standards_standard where framework_id = ? and code = 'WGI'")
                .param(framework).query(Long.class).optional().orElse(null);
        if (standard == null) {
            standard = jdbc.sql("insert into standards_standard (framework_id, code) values (?, 'WGI') returning id")
                    .param(framework).query(Long.class).single();
            jdbc.sql("insert into standards_standard_name (standard_id, language, name) values (?, 'en', ?)")
                    .params(standard, "Quality of governance").update();
        }
        Map<WgiIndicator, Long> ids = new EnumMap<>(WgiIndicator.class);
        for (WgiIndicator indicator : WgiIndicator.values()) {
            String code = code(indicator);
            Long id = jdbc.sql("select id from standards_indicator where code = ?").param(code).query(Long.class)
                    .optional().orElse(null);
            if (id == null) {
                id = jdbc.sql("""
                        insert into standards_indicator (standard_id, code, unit, direction, frequency, visibility,
                            owner_organisation_id, data_source)
                        values (?, ?, 'NUMBER', 'HIGHER_IS_BETTER', 'ANNUAL', 'PUBLIC', ?, ?) returning id""")
                        .params(standard, code, owner, SOURCE).query(Long.class).single();
                jdbc.sql("insert into standards_indicator_name (indicator_id, language, name, definition) values (?, 'en', ?, ?)")
                        .params(id, indicator.englishName(), DEFINITION).update();
                events.publishEvent(EntityChanged.diff("standards-indicator", id, "created-by-wgi-import", Map.of(),
                        Map.of("code", code, "name", indicator.englishName(), "visibility", "PUBLIC")));
            }
            ids.put(indicator, id);
        }
        return ids;
    }

    static String code(WgiIndicator indicator) {
        return "WGI-" + indicator.name();
    }
}
