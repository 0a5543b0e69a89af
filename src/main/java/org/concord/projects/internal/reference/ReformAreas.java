package org.concord.projects.internal.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.concord.projects.ReformArea;
import org.concord.projects.internal.iati.IatiActivity.Sector;
import org.concord.shared.Language;
import org.concord.shared.cache.ReferenceTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Concord's reform areas and their mapping from DAC sector codes: a 5-digit purpose code mapped one by one,
 * else its 3-digit category. Sectors in a publisher's own vocabulary map to nothing (never guessed).
 *
 * <p>The same rule exists in SQL, {@code reform_area_of(vocabulary, code)} (R__projects_reform_areas.sql), with
 * which {@link ReformAreaService} re-classifies stored sectors in one statement when an administrator changes the
 * mapping; ReformAreaRuleTest keeps the two in step. The mapping is kept in memory and read again when the table's
 * version moves ({@link ReferenceTable}).
 */
@Component
public class ReformAreas {


    private final JdbcTemplate jdbc;
    private final Mapping mapping;

    public ReformAreas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        ReferenceTable<Map<String, String>> table = new ReferenceTable<>(jdbc, "reform_area_sector",
                "select vocabulary, sector_code, reform_area from reform_area_sector", () -> new ReferenceTable.Reader<>() {
                    final Map<String, String> byCode = new HashMap<>();

                    @Override
                    public void row(ResultSet rs) throws SQLException {
                        byCode.put(rs.getString(2) + ":" + rs.getString(3), rs.getString(4));
                    }

                    @Override
                    public Map<String, String> result() {
                        return Map.copyOf(byCode);
                    }
                });
        this.mapping = new Mapping(table::get);
    }

    /**
     * The mapping, as the current transaction sees it: the same throughout one transaction; outside one (an import
     * preparing activities ahead of writing them), as of at most a second ago. An administrator's change thus
     * reaches an import that is under way, not only the next one.
     */
    public Mapping mapping() {
        return mapping;
    }

    public static final class Mapping {

        private final Supplier<Map<String, String>> byCode;

        Mapping(Supplier<Map<String, String>> byCode) {
            this.byCode = byCode;
        }

        public String areaOf(Sector sector) {
            return areaOf(sector.vocabulary(), sector.code());
        }

        public String areaOf(String vocabulary, String code) {
            if (code == null) {
                return null;
            }
            Map<String, String> byCode = this.byCode.get();
            String v = vocabulary == null ? "1" : vocabulary;
            if ("1".equals(v)) {
                String exact = byCode.get("1:" + code);
                return exact != null ? exact : code.length() >= 3 ? byCode.get("2:" + code.substring(0, 3)) : null;
            }
            if ("2".equals(v)) {
                return byCode.get("2:" + code);
            }
            return null;
        }
    }

    /** Every area, named in {@code locale}'s language, in a stable order. */
    public List<ReformArea> all(Locale locale) {
        String column = "name_" + Language.ofOrDefault(locale).tag();
        return new ArrayList<>(jdbc.query("select code, " + column + ", colour from reform_area order by code",
                (rs, i) -> new ReformArea(rs.getString(1), rs.getString(2), rs.getString(3))));
    }

    public Map<String, ReformArea> byCode(Locale locale) {
        Map<String, ReformArea> map = new LinkedHashMap<>();
        all(locale).forEach(a -> map.put(a.code(), a));
        return map;
    }
}
