package org.concord.standards.internal.wgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.concord.TestActors;
import org.concord.shared.InvalidInputException;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.concord.standards.ScorecardTestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The governance indicators import, against the database: what lands, a re-import, a later edition, bad rows. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WgiImportTest {

    @Autowired
    WgiImport imports;
    @Autowired
    WgiMappings mappings;
    @Autowired
    JdbcTemplate jdbc;

    long owner;
    long mapping;

    @BeforeAll
    void mapThePublishedLayoutOnce() {
        owner = ScorecardTestData.organisation(jdbc, "Governance Data Office");
        mapping = TestActors.runAs(TestActors.as("coord", new Grant(Role.COORDINATOR, owner)),
                () -> mappings.save("WGI long layout (test)", owner, WgiMapping.publishedLayout()));
    }

    private WgiImport.Report run(InputStream file) {
        return TestActors.runAs(TestActors.as("coord", new Grant(Role.COORDINATOR, owner)),
                () -> imports.importFile(mapping, file));
    }

    private WgiImport.Report sample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/standards/wgi/wgi-sample.csv")) {
            return run(in);
        }
    }

    /** indicator code, country, period -> "value se lower upper rank rankLower rankUpper status". */
    private List<String> stored() {
        return jdbc.queryForList("""
                select i.code || ' ' || v.country_code || ' ' || v.period || ': ' || v.value::float8 || ' se '
                       || v.standard_error::float8 || ' [' || v.lower_bound::float8 || ', ' || v.upper_bound::float8
                       || '] rank ' || p.rank::float8 || ' [' || p.rank_lower::float8 || ', ' || p.rank_upper::float8
                       || '] ' || v.status
                from standards_value v join standards_indicator i on i.id = v.indicator_id
                join standards_wgi_percentile_rank p on p.value_id = v.id
                where i.code like 'WGI-%' order by 1""", String.class);
    }

    private Map<String, Object> versions() {
        return jdbc.queryForMap("""
                select (select string_agg(v.id || ':' || v.version || ':' || v.updated_at, ',' order by v.id)
                        from standards_value v join standards_indicator i on i.id = v.indicator_id
                        where i.code like 'WGI-%') as values_state,
                       (select count(*) from standards_indicator where code like 'WGI-%') as indicators,
                       (select string_agg(id || ':' || version || ':' || updated_at, ',') from standards_indicator
                        where code like 'WGI-%') as indicators_state""");
    }

    @Test
    void everyValueAndItsUncertaintyIsStoredAndAReimportChangesNothing() throws IOException {
        WgiImport.Report first = sample();
        assertThat(first.rows()).isEqualTo(10);
        assertThat(first.read()).isEqualTo(8);
        assertThat(first.added() + first.unchanged()).isEqualTo(8);
        assertThat(first.withoutEstimate()).isEqualTo(1);
        assertThat(first.problems()).containsExactly(new RowProblem(8, "code", "ANT", "economy"));
        assertThat(stored()).containsExactly(
                "WGI-CC AL 2019: -0.56 se 0.15 [-0.80675, -0.31325] rank 31.9 [24.3, 43.3] VERIFIED",
                "WGI-CC AL 2020: -0.57 se 0.15 [-0.81675, -0.32325] rank 31.9 [22.9, 43.3] VERIFIED",
                "WGI-CC CD 2019: -1.56 se 0.15 [-1.80675, -1.31325] rank 3.3 [0, 9.5] VERIFIED",
                "WGI-CC KR 2019: 0.7 se 0.14 [0.4697, 0.9303] rank 75.2 [66.2, 80] VERIFIED",
                "WGI-CC XK 2019: -0.54 se 0.18 [-0.8361, -0.2439] rank 33.3 [22.9, 46.7] VERIFIED",
                "WGI-VA AL 2016: 0.17 se 0.12 [-0.0274, 0.3674] rank 52.2 [45.8, 57.6] VERIFIED",
                "WGI-VA RO 2019: 0.52 se 0.11 [0.33905, 0.70095] rank 64.3 [57.5, 70] VERIFIED",
                "WGI-VA TL 2019: 0.36 se 0.14 [0.1297, 0.5903] rank 58.9 [50.7, 65.2] VERIFIED");
        assertThat(jdbc.queryForList("select visibility || ' ' || direction from standards_indicator where code like 'WGI-%'",
                String.class)).hasSize(6).containsOnly("PUBLIC HIGHER_IS_BETTER");

        Map<String, Object> before = versions();
        WgiImport.Report again = sample();
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(8);
        assertThat(versions()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'wgi-import'", Long.class))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aLaterEditionRevisesValuesAndAddsYearsAndNothingElse() throws IOException {
        sample();
        Map<String, Object> before = versions();
        String later = "\uFEFFcodeindyr,code,countryname,year,indicator,estimate,stddev,nsource,pctrank,pctranklower,pctrankupper\r\n"
                + "ALBcc2019,ALB,Albania,2019,cc,-0.55,0.14,11,32.1,24.3,43.3\r\n"
                + "ALBcc2020,ALB,Albania,2020,cc,-0.57,0.15,9,31.9,22.9,43.3\r\n"
                + "ALBcc2021,ALB,Albania,2021,cc,-0.45,0.15,9,35.0,25.0,45.0\r\n";
        WgiImport.Report report = run(new ByteArrayInputStream(later.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.added() + report.updated() + report.unchanged()).isEqualTo(3);
        assertThat(stored()).contains(
                "WGI-CC AL 2019: -0.55 se 0.14 [-0.7803, -0.3197] rank 32.1 [24.3, 43.3] VERIFIED",
                "WGI-CC AL 2021: -0.45 se 0.15 [-0.69675, -0.20325] rank 35 [25, 45] VERIFIED");
        assertThat(versions().get("indicators_state")).isEqualTo(before.get("indicators_state"));
        // put the sample's figure back for the other test
        sample();
    }

    @Test
    void rowsThatCannotBeReadAreReportedByRowAndColumn() {
        String file = "\uFEFFcodeindyr,code,countryname,year,indicator,estimate,stddev,nsource,pctrank,pctranklower,pctrankupper\r\n"
                + "WLDcc2019,WLD,World,2019,cc,0.00,0.01,11,50.0,49.0,51.0\r\n"
                + "\"ALBcc2019\",ALB,\"Albania\",2019,cc,minus,0.15,11,31.9,24.3,43.3\r\n"
                + "ALBcc2019,ALB,Albania,2019,cc,-0.56,0.15,11,31.9,24.3,143.3\r\n";
        WgiImport.Report report = run(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.read()).isZero();
        assertThat(report.problems()).containsExactly(
                new RowProblem(2, "code", "WLD", "economy"),
                new RowProblem(3, "estimate", "minus", "number"),
                new RowProblem(4, "pctrankupper", "143.3", "range"));
        assertThatThrownBy(() -> run(new ByteArrayInputStream("code,year\r\nALB,2019\r\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("file");
    }

    @Test
    void onlyAnAdministratorOrACoordinatorOfTheOwnerImports() {
        long other = ScorecardTestData.organisation(jdbc, "Another Office");
        for (var who : List.of(TestActors.as("c2", new Grant(Role.COORDINATOR, other)),
                TestActors.as("e", new Grant(Role.EVALUATOR, owner)))) {
            assertThatThrownBy(() -> TestActors.runAs(who, () -> imports.importFile(mapping,
                    new ByteArrayInputStream(new byte[0])))).isInstanceOf(AccessDeniedException.class);
        }
    }
}
