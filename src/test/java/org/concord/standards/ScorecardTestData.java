package org.concord.standards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows the scorecard and import tests start from, written straight to the tables of V45. */
public final class ScorecardTestData {

    private ScorecardTestData() {
    }

    public static long organisation(JdbcTemplate jdbc, String name) {
        long id = jdbc.queryForObject("insert into organisation (slug, type) values (?, 'SECURITY_INSTITUTION') returning id",
                Long.class, "t-" + UUID.randomUUID());
        jdbc.update("insert into organisation_name (organisation_id, language, name) values (?, 'en', ?)", id, name);
        return id;
    }

    /** A framework with one standard; returns the standard's id. */
    public static long standard(JdbcTemplate jdbc, long owner, String visibility) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        long framework = jdbc.queryForObject("insert into standards_framework (code, owner_organisation_id, visibility) "
                + "values (?, ?, ?) returning id", Long.class, code, owner, visibility);
        jdbc.update("insert into standards_framework_name (framework_id, language, name) values (?, 'en', ?)", framework, code);
        return jdbc.queryForObject("insert into standards_standard (framework_id, code) values (?, 'S1') returning id",
                Long.class, framework);
    }

    public static long indicator(JdbcTemplate jdbc, long standard, long owner, String name, String direction,
                                 String visibility) {
        long id = jdbc.queryForObject("""
                insert into standards_indicator (standard_id, code, unit, direction, frequency, visibility, owner_organisation_id)
                values (?, ?, 'NUMBER', ?, 'ANNUAL', ?, ?) returning id""", Long.class, standard,
                "I" + UUID.randomUUID().toString().substring(0, 8), direction, visibility, owner);
        jdbc.update("insert into standards_indicator_name (indicator_id, language, name) values (?, 'en', ?)", id, name);
        return id;
    }

    /** A subject column and key: ("country_code", "MD") or ("organisation_id", 42L). */
    public record On(String column, Object key) {
        public static On country(String code) {
            return new On("country_code", code);
        }

        public static On institution(long id) {
            return new On("organisation_id", id);
        }
    }

    public static void baseline(JdbcTemplate jdbc, long indicator, On on, int year, String value) {
        jdbc.update("insert into standards_baseline (indicator_id, " + on.column() + ", period, period_start, period_end, value) "
                + "values (?, ?, ?, ?, ?, ?)", indicator, on.key(), String.valueOf(year), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), new BigDecimal(value));
    }

    public static void target(JdbcTemplate jdbc, long indicator, On on, int year, String value) {
        jdbc.update("insert into standards_target (indicator_id, " + on.column() + ", period, period_start, period_end, value) "
                + "values (?, ?, ?, ?, ?, ?)", indicator, on.key(), String.valueOf(year), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), new BigDecimal(value));
    }

    /** A value for a year in {@code status}; verified ones get a verification time. Bounds may be null. */
    public static void value(JdbcTemplate jdbc, long indicator, On on, int year, String value, String status,
                             String lower, String upper) {
        jdbc.update("insert into standards_value (indicator_id, " + on.column() + ", period, period_start, period_end, value, "
                        + "lower_bound, upper_bound, status, verified_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + ("VERIFIED".equals(status) ? "now()" : "null") + ")",
                indicator, on.key(), String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                new BigDecimal(value), lower == null ? null : new BigDecimal(lower),
                upper == null ? null : new BigDecimal(upper), status);
    }
}
