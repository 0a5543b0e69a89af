package org.concord.projects.internal.activities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads about activities that the IATI model itself does not carry: how Concord holds an activity (published,
 * entered by hand, its reporting organisation in the directory), the directory links of its participants and the
 * reform areas of its sectors. The list and its search are {@link ActivitySearch}'s.
 */
@Repository
class ActivityQueries {

    private final JdbcClient jdbc;

    ActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How Concord holds one activity. */
    record Standing(boolean published, String source, Long reportingOrganisationId) {
    }

    Optional<Standing> standing(long id) {
        return jdbc.sql("select published, source, reporting_organisation_id from activity where id = ?")
                .param(id)
                .query((rs, i) -> new Standing(rs.getBoolean(1), rs.getString(2), (Long) rs.getObject(3)))
                .optional();
    }

    /**
     * The same, the row locked to the end of the caller's transaction: a command that decides from it (publish,
     * hand over) and an import writing the same activity (which locks it too) take turns.
     */
    Optional<Standing> lockedStanding(long id) {
        return jdbc.sql("select published, source, reporting_organisation_id from activity where id = ? for update")
                .param(id)
                .query((rs, i) -> new Standing(rs.getBoolean(1), rs.getString(2), (Long) rs.getObject(3)))
                .optional();
    }

    /** The directory organisation of each participant (by its position in the file) that the directory knows. */
    Map<Integer, Long> participantOrganisations(long id) {
        Map<Integer, Long> organisations = new HashMap<>();
        jdbc.sql("select seq, organisation_id from activity_participant where activity_id = ? and organisation_id is not null")
                .param(id)
                .query(rs -> {
                    organisations.put(rs.getInt(1), rs.getLong(2));
                });
        return organisations;
    }

    /** The reform area of each sector (by its position in the file) that has one. */
    Map<Integer, String> sectorAreas(long id) {
        Map<Integer, String> areas = new HashMap<>();
        jdbc.sql("select seq, reform_area from activity_sector where activity_id = ? and reform_area is not null")
                .param(id)
                .query(rs -> {
                    areas.put(rs.getInt(1), rs.getString(2));
                });
        return areas;
    }

    /** The DAC 5-digit purpose codes mapped to a reform area, which the hand-entry form offers. */
    List<String> mappedPurposeCodes() {
        return jdbc.sql("select sector_code from reform_area_sector where vocabulary = '1' order by 1")
                .query(String.class).list();
    }
}
