package org.concord.projects.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.shared.Countries;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.CurrentActor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading activities: anonymous visitors see published activities only; signed-in people also see drafts. */
@Service
public class ActivityService {

    private final ActivitySearch search;
    private final ActivityStore store;
    private final ReformAreas areas;
    private final Countries countries;
    private final JdbcTemplate jdbc;

    public ActivityService(ActivitySearch search, ActivityStore store, ReformAreas areas, Countries countries,
                           JdbcTemplate jdbc) {
        this.search = search;
        this.store = store;
        this.areas = areas;
        this.countries = countries;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ActivityPage list(ActivityQuery query, boolean withFacets, Locale locale) {
        Map<String, String> areaNames = areas.all(locale).stream()
                .collect(Collectors.toMap(ReformAreas.Area::code, ReformAreas.Area::name));
        return search.find(query, CurrentActor.find().isEmpty(), withFacets, areaNames, c -> countries.name(c, locale));
    }

    /** One activity with what Concord knows beside the file: directory links and reform areas. */
    public record ActivityDetail(long id, IatiActivity activity, boolean published, String source,
                                 Map<Integer, Long> participantOrganisations, Map<Integer, String> sectorAreas,
                                 Long reportingOrganisationId) {
    }

    @Transactional(readOnly = true)
    public ActivityDetail get(long id) {
        Map<String, Object> row = jdbc.query("select published, source, reporting_organisation_id from activity where id = ?",
                rs -> rs.next() ? java.util.Map.of("published", rs.getBoolean(1), "source", rs.getString(2),
                        "org", Optional.ofNullable((Long) rs.getObject(3))) : null, id);
        if (row == null || (!(boolean) row.get("published") && CurrentActor.find().isEmpty())) {
            throw new NotFoundException("activity", id);
        }
        IatiActivity activity = store.load(id).orElseThrow(() -> new NotFoundException("activity", id));
        Map<Integer, Long> organisations = new java.util.HashMap<>();
        jdbc.query("select seq, organisation_id from activity_participant where activity_id = ? and organisation_id is not null",
                rs -> {
                    organisations.put(rs.getInt(1), rs.getLong(2));
                }, id);
        Map<Integer, String> sectorAreas = new java.util.HashMap<>();
        jdbc.query("select seq, reform_area from activity_sector where activity_id = ? and reform_area is not null",
                rs -> {
                    sectorAreas.put(rs.getInt(1), rs.getString(2));
                }, id);
        @SuppressWarnings("unchecked")
        Optional<Long> org = (Optional<Long>) row.get("org");
        return new ActivityDetail(id, activity, (boolean) row.get("published"), (String) row.get("source"),
                organisations, sectorAreas, org.orElse(null));
    }
}
