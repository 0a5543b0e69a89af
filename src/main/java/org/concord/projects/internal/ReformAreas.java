package org.concord.projects.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.projects.internal.iati.IatiActivity.Sector;
import org.concord.shared.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Concord's reform areas and their mapping from DAC sector codes: a 5-digit purpose code mapped one by one,
 * else its 3-digit category. Sectors in a publisher's own vocabulary map to nothing (never guessed).
 *
 * <p>The same rule exists in SQL, {@code reform_area_of(vocabulary, code)} (V11), with which {@link ReformAreaService}
 * re-classifies stored sectors in one statement when an administrator changes the mapping; ReformAreaRuleTest keeps
 * the two in step. Nothing here is cached: each {@link #mapping()} reads the table.
 */
@Component
public class ReformAreas {

    public record Area(String code, String name, String colour) {
    }

    private final JdbcTemplate jdbc;

    public ReformAreas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A mapping snapshot for one import or one page. */
    public Mapping mapping() {
        Map<String, String> byCode = new HashMap<>();
        jdbc.query("select vocabulary, sector_code, reform_area from reform_area_sector",
                rs -> {
                    byCode.put(rs.getString(1) + ":" + rs.getString(2), rs.getString(3));
                });
        return new Mapping(byCode);
    }

    public record Mapping(Map<String, String> byCode) {
        public String areaOf(Sector sector) {
            return areaOf(sector.vocabulary(), sector.code());
        }

        public String areaOf(String vocabulary, String code) {
            if (code == null) {
                return null;
            }
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
    public List<Area> all(Locale locale) {
        String column = "name_" + Language.ofOrDefault(locale).tag();
        return new ArrayList<>(jdbc.query("select code, " + column + ", colour from reform_area order by code",
                (rs, i) -> new Area(rs.getString(1), rs.getString(2), rs.getString(3))));
    }

    public Map<String, Area> byCode(Locale locale) {
        Map<String, Area> map = new LinkedHashMap<>();
        all(locale).forEach(a -> map.put(a.code(), a));
        return map;
    }
}
