package org.concord.projects.internal.overlap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The one row of {@code overlap_settings}. */
@Repository
class OverlapSettingsRepository {

    private final JdbcTemplate jdbc;

    OverlapSettingsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    OverlapSettings load() {
        return jdbc.queryForObject("""
                select weight_area, weight_beneficiary, weight_implementer, weight_text, weight_period, threshold
                from overlap_settings where id = 1""", (rs, i) -> new OverlapSettings(rs.getBigDecimal(1),
                rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)));
    }

    /** Locks the row until the transaction ends, so that two editors' changes are recorded one after the other. */
    OverlapSettings loadForUpdate() {
        jdbc.queryForObject("select id from overlap_settings where id = 1 for update", Integer.class);
        return load();
    }

    void save(OverlapSettings s) {
        jdbc.update("""
                update overlap_settings set weight_area = ?, weight_beneficiary = ?, weight_implementer = ?,
                       weight_text = ?, weight_period = ?, threshold = ?
                where id = 1""", s.weightArea(), s.weightBeneficiary(), s.weightImplementer(), s.weightText(),
                s.weightPeriod(), s.threshold());
    }
}
