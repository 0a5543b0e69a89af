package org.concord.projects.internal.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.projects.internal.reference.ReformAreas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Country shares are computed two ways (R__projects_shares.sql): per activity, for one country's pages, and for
 * every activity at once, for the map. Both follow one rule: a country's percentage, or an equal part of what the given
 * percentages leave; and reform areas and implementers split each activity into parts that add up to one.
 */
@SpringBootTest
class CountryShareViewsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bothWaysGiveTheSameSharesByTheSameRule(@Autowired ActivityStore store, @Autowired ReformAreas areas,
                                                 @Autowired TransactionTemplate transactions) {
        Fixtures fixtures = new Fixtures(store, areas, transactions);
        String donor = "XI-TEST-SHARES";
        long some = fixtures.save(Fixtures.activity("XI-TEST-SHARES-1", donor, "Shares").country("TO", 60)
                .country("WS", null).country("FJ", null).sector("15132", 60).sector("15130", 40)
                .implementer("XI-TEST-SHARES-I1", "One").implementer("XI-TEST-SHARES-I2", "Two").build());
        long none = fixtures.save(Fixtures.activity("XI-TEST-SHARES-2", donor, "Shares").country("TO", null)
                .country("WS", null).sector("15132", 50).sector("15130", null).build());
        long over = fixtures.save(Fixtures.activity("XI-TEST-SHARES-3", donor, "Shares").country("TO", 70)
                .country("WS", 50).sector("99810", null).build());
        List<Long> ids = List.of(some, none, over);

        assertThat(shares("activity_country_share", some)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "TO", new BigDecimal("0.60"), "WS", new BigDecimal("0.20"), "FJ", new BigDecimal("0.20")));
        assertThat(shares("activity_country_share", none)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "TO", new BigDecimal("0.50"), "WS", new BigDecimal("0.50")));
        assertThat(shares("activity_country_share", over)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "TO", new BigDecimal("0.70"), "WS", new BigDecimal("0.50")));
        for (long id : ids) {
            assertThat(shares("activity_country_share_all", id)).as("the map's way, activity " + id)
                    .isEqualTo(shares("activity_country_share", id));
        }

        // areas: weighted by percentage, equal parts when one is missing, no area when none is mapped
        assertThat(areaShares(some)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "POLICE_REFORM", new BigDecimal("0.60"), "JUSTICE_CORRECTIONS", new BigDecimal("0.40")));
        assertThat(areaShares(none)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "POLICE_REFORM", new BigDecimal("0.50"), "JUSTICE_CORRECTIONS", new BigDecimal("0.50")));
        assertThat(areaShares(over)).containsExactlyInAnyOrderEntriesOf(Map.of("-", new BigDecimal("1.00")));
        // implementers: equal parts, else the reporting organisation
        assertThat(jdbc.queryForList("select implementer_key from activity_implementer where activity_id = ? order by 1",
                String.class, some)).containsExactly("XI-TEST-SHARES-I1", "XI-TEST-SHARES-I2");
        assertThat(jdbc.queryForObject("select sum(share) from activity_implementer where activity_id = ?",
                BigDecimal.class, some)).isEqualByComparingTo("1");
        assertThat(jdbc.queryForList("select implementer_key from activity_implementer where activity_id = ?",
                String.class, none)).containsExactly(donor);
    }

    private Map<String, BigDecimal> shares(String view, long activity) {
        Map<String, BigDecimal> shares = new java.util.TreeMap<>();
        jdbc.query("select code, round(share, 2) from " + view + " where activity_id = ?",
                rs -> {
                    shares.put(rs.getString(1), rs.getBigDecimal(2));
                }, activity);
        return shares;
    }

    private Map<String, BigDecimal> areaShares(long activity) {
        Map<String, BigDecimal> shares = new java.util.TreeMap<>();
        jdbc.query("select coalesce(reform_area, '-'), round(share, 2) from activity_area_share where activity_id = ?",
                rs -> {
                    shares.put(rs.getString(1), rs.getBigDecimal(2));
                }, activity);
        return shares;
    }
}
