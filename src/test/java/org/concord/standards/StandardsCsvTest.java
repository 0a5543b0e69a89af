package org.concord.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.concord.standards.internal.Visibility;
import org.concord.standards.internal.frameworks.FrameworkService;
import org.concord.standards.internal.indicators.IndicatorService;
import org.concord.standards.internal.values.ValueForm;
import org.concord.standards.internal.values.ValueService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** Indicators and values out as CSV and back in: the same figures, nothing changed by a second import, errors by row and column. */
@SpringBootTest
@AutoConfigureMockMvc
class StandardsCsvTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    IndicatorService indicators;
    @Autowired
    ValueService values;

    /** An administrator who is also an independent evaluator: may enter, submit and verify what a file says. */
    static Authentication importer() {
        return TestActors.as("csv-importer", new Grant(Role.ADMIN, null), new Grant(Role.EVALUATOR, null));
    }

    private void value(StandardsFixtures fixtures, long indicator, String country, Long institution, String period,
                       String disaggregation, String figure, String standardError, int steps) {
        long id = TestActors.runAs(fixtures.undpCoordinator(), () -> {
            ValueForm form = new ValueForm();
            form.setCountryCode(country);
            form.setOrganisationId(institution);
            form.setPeriod(period);
            form.setDisaggregation(disaggregation);
            form.setValue(new BigDecimal(figure));
            if (standardError != null) {
                form.setStandardError(new BigDecimal(standardError));
                form.setLowerBound(new BigDecimal(figure).subtract(new BigDecimal(standardError)));
                form.setUpperBound(new BigDecimal(figure).add(new BigDecimal(standardError)));
            }
            form.setEvidenceUrl("https://example.org/evidence?period=" + period);
            form.setEvidenceDocument("Report \"" + period + "\", annex 2");
            long v = values.enter(indicator, form);
            if (steps > 0) {
                values.submit(v, null);
            }
            return v;
        });
        if (steps > 1) {
            TestActors.runAs(fixtures.ohchrEvaluator(), () -> {
                values.verify(id, null);
                return null;
            });
        }
    }

    private String export(String kind, String code) throws Exception {
        return mvc.perform(get("/api/v1/standards/export/" + kind + ".csv").param("indicator", code)
                        .with(authentication(TestActors.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void importFile(String kind, String csv) throws Exception {
        mvc.perform(post("/api/v1/standards/import/" + kind).with(authentication(importer()))
                        .contentType("text/csv").content(csv))
                .andExpect(status().isOk());
    }

    @Test
    void exportThenImportIntoAnEmptyModuleGivesTheSameIndicatorAndValues() throws Exception {
        StandardsFixtures fixtures = new StandardsFixtures(jdbc);
        long[] ids = fixtures.indicator(frameworks, indicators, Visibility.PUBLIC, Unit.NUMBER);
        long indicator = ids[2];
        String code = jdbc.queryForObject("select code from standards_indicator where id = ?", String.class, indicator);
        value(fixtures, indicator, "UA", null, "2019", null, "-0.234567", "0.18", 2);
        value(fixtures, indicator, "UA", null, "2020", "sex:female", "12.5", null, 1);
        value(fixtures, indicator, null, fixtures.ohchr, "2021", null, "1000000", null, 0);

        String indicatorsCsv = export("indicators", code);
        String valuesCsv = export("values", code);
        assertThat(indicatorsCsv).startsWith("code,framework_code,framework_name,standard_code");
        assertThat(valuesCsv.lines()).hasSize(4);
        assertThat(valuesCsv).contains("-0.234567", "0.18", "sex:female", "VERIFIED", "SUBMITTED", "DRAFT",
                "\"Report \"\"2019\"\", annex 2\"");

        // the module emptied of this framework, as a clean database would be
        jdbc.update("delete from standards_value where indicator_id = ?", indicator);
        jdbc.update("delete from standards_indicator where id = ?", indicator);
        jdbc.update("delete from standards_standard where id = ?", ids[1]);
        jdbc.update("delete from standards_framework where id = ?", ids[0]);

        importFile("indicators", indicatorsCsv);
        importFile("values", valuesCsv);
        assertThat(export("indicators", code)).isEqualTo(indicatorsCsv);
        // four eyes: the importer entered the verified value anew, so it waits for another evaluator's check
        long verified = jdbc.queryForObject("select v.id from standards_value v join standards_indicator i on i.id = v.indicator_id "
                + "where i.code = ? and v.period = '2019'", Long.class, code);
        assertThat(jdbc.queryForObject("select status from standards_value where id = ?", String.class, verified)).isEqualTo("SUBMITTED");
        mvc.perform(post("/api/v1/standards/values/{id}/verify", verified)
                        .with(authentication(TestActors.as("csv-second-evaluator", new Grant(Role.EVALUATOR, null))))
                        .contentType("application/json").content("{}"))
                .andExpect(status().isOk());
        assertThat(export("values", code)).isEqualTo(valuesCsv);

        // the same file again changes nothing, and writes nothing to the audit log
        long audited = jdbc.queryForObject("select count(*) from audit_entry where entity_type like 'standards-%'", Long.class);
        importFile("values", valuesCsv);
        importFile("indicators", indicatorsCsv);
        assertThat(export("values", code)).isEqualTo(valuesCsv);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type like 'standards-%'", Long.class))
                .isEqualTo(audited);

        // a changed figure updates the value of the same indicator, subject, period and disaggregation
        importFile("values", valuesCsv.replace("1000000", "1000001"));
        assertThat(export("values", code)).contains("1000001").doesNotContain("1000000,");
    }

    @Test
    void aFileWithMistakesIsRefusedWholeWithEachMistakeByRowAndColumn() throws Exception {
        StandardsFixtures fixtures = new StandardsFixtures(jdbc);
        long indicator = fixtures.indicator(frameworks, indicators, Visibility.PUBLIC, Unit.PERCENTAGE)[2];
        String code = jdbc.queryForObject("select code from standards_indicator where id = ?", String.class, indicator);
        String csv = "\uFEFFindicator_code,country_code,period,value,lower_bound,upper_bound\r\n"
                + code + ",UA,2020,55,,\r\n"
                + code + ",UA,2020-13,55,,\r\n"
                + code + ",UA,2021,abc,,\r\n"
                + "NO-SUCH-INDICATOR,UA,2021,5,,\r\n"
                + code + ",XX,2022,101,9,1\r\n";
        mvc.perform(post("/api/v1/standards/import/values").with(authentication(importer()))
                        .contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'rows[3].period')].rule").value("standards-period-format"))
                .andExpect(jsonPath("$.errors[?(@.field == 'rows[4].value')].rule").value("standards-csv-not-a-number"))
                .andExpect(jsonPath("$.errors[?(@.field == 'rows[5].indicator_code')].rule").value("standards-unknown-indicator"))
                .andExpect(jsonPath("$.errors[?(@.field == 'rows[6].country_code')].rule").value("unknown-country"))
                .andExpect(jsonPath("$.errors[?(@.field == 'rows[2].value')]").isEmpty());
        // the sound row 2 was not imported either: one transaction per file
        assertThat(jdbc.queryForObject("select count(*) from standards_value where indicator_id = ?", Long.class, indicator)).isZero();

        mvc.perform(post("/api/v1/standards/import/values").with(authentication(importer()))
                        .contentType("text/csv").content("indicator_code,country_code\r\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("rows[1].period", "rows[1].value")));
    }

    @Test
    void aPublicVisitorExportsOnlyVerifiedValuesOfPublicIndicators() throws Exception {
        StandardsFixtures fixtures = new StandardsFixtures(jdbc);
        long open = fixtures.indicator(frameworks, indicators, Visibility.PUBLIC, Unit.SCORE)[2];
        long closed = fixtures.indicator(frameworks, indicators, Visibility.RESTRICTED, Unit.SCORE)[2];
        value(fixtures, open, "MD", null, "2018", null, "3.25", null, 2);
        value(fixtures, open, "MD", null, "2019", null, "3.75", null, 1);
        value(fixtures, closed, "MD", null, "2018", null, "4.5", null, 2);
        String openCode = jdbc.queryForObject("select code from standards_indicator where id = ?", String.class, open);
        String closedCode = jdbc.queryForObject("select code from standards_indicator where id = ?", String.class, closed);

        String csv = mvc.perform(get("/standards/export/values.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // the unverified 2019 value is looked for in this indicator's rows: the export holds every test's values
        assertThat(csv).contains(openCode + ",MD,,,2018,3.25").doesNotContain(openCode + ",MD,,,2019")
                .doesNotContain(closedCode);
        String indicatorsCsv = mvc.perform(get("/standards/export/indicators.csv")).andReturn().getResponse().getContentAsString();
        assertThat(indicatorsCsv).contains(openCode).doesNotContain(closedCode);
    }
}
