package org.concord.projects.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.projects.internal.iati.IatiCodelists;
import org.concord.projects.internal.reference.ReformAreas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mapping rule exists twice: in Java for imports and hand entries (ReformAreas.Mapping), in SQL for the one-statement
 * re-classification after an edit (reform_area_of, R__projects_reform_areas.sql). Both must give the same area for
 * every sector code there is.
 */
@SpringBootTest
class ReformAreaRuleTest {

    @Test
    void javaAndSqlPutEverySectorInTheSameArea(@Autowired ReformAreas areas, @Autowired JdbcTemplate jdbc) {
        IatiCodelists codelists = IatiCodelists.standard();
        List<String[]> sectors = new ArrayList<>();
        for (String code : codelists.codes("Sector")) {
            sectors.add(new String[] {"1", code});
            sectors.add(new String[] {null, code});
            sectors.add(new String[] {"99", code});
        }
        for (String code : codelists.codes("SectorCategory")) {
            sectors.add(new String[] {"2", code});
            sectors.add(new String[] {"1", code});
        }
        for (String odd : List.of("15", "1", "", "152101", "ABC")) {
            sectors.add(new String[] {"1", odd});
            sectors.add(new String[] {"2", odd});
            sectors.add(new String[] {"", odd});
        }
        ReformAreas.Mapping mapping = areas.mapping();
        Map<String, String> java = new HashMap<>();
        sectors.forEach(s -> java.put(s[0] + ":" + s[1], String.valueOf(mapping.areaOf(s[0], s[1]))));
        Map<String, String> sql = new HashMap<>();
        jdbc.query("select v, c, reform_area_of(v, c) from unnest(?::text[], ?::text[]) as t(v, c)", rs -> {
            sql.put(rs.getString(1) + ":" + rs.getString(2), String.valueOf(rs.getString(3)));
        }, (Object) sectors.stream().map(s -> s[0]).toArray(String[]::new),
                (Object) sectors.stream().map(s -> s[1]).toArray(String[]::new));
        assertThat(sql).isEqualTo(java);
        assertThat(java).containsEntry("1:15132", "POLICE_REFORM").containsEntry("null:15185", "ANTI_CORRUPTION")
                .containsEntry("2:152", "DEFENCE_REFORM").containsEntry("99:15132", "null").containsEntry("1:16010", "null");
    }
}
