package org.concord.projects.internal.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.audit.EntityChanged;
import org.concord.projects.ActivitiesChanged;
import org.concord.projects.internal.ActivityPermissions;
import org.concord.projects.internal.iati.IatiCodelists;
import org.concord.projects.internal.reference.ReformAreaService.MappingChange;
import org.concord.projects.internal.reference.ReformAreaService.MappingView;
import org.concord.projects.internal.reference.ReformAreaService.Reclassification;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thesaurus's mapping from DAC sector codes to reform areas ({@link ReformAreaService} keeps the areas): anyone
 * reads it; administrators map, move and remove codes. Each change re-classifies the stored sectors it concerns
 * ({@code activity_sector.reform_area}) in one statement, records the audit event and announces the activities
 * concerned ({@link ActivitiesChanged}), in one transaction.
 */
@Service
public class SectorMappings {

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final ActivityPermissions permissions;
    private final IatiCodelists codelists = IatiCodelists.standard();

    SectorMappings(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, ActivityPermissions permissions) {
        this.jdbc = jdbc;
        this.events = events;
        this.permissions = permissions;
    }

    /**
     * Maps a DAC code to an area. {@code replace} false refuses a code that is mapped already (the page's "map a
     * code" form); true moves it. {@code expectedArea}, when given, is the area the editor saw the code in: the move
     * is refused as a conflict when someone moved it since.
     */
    @Transactional
    public MappingChange map(String vocabulary, String code, String area, boolean replace, String expectedArea) {
        beginWrite();
        List<FieldError> errors = new ArrayList<>();
        checkSector(vocabulary, code, errors);
        if (area == null) {
            errors.add(new FieldError("area", "required"));
        } else if (!jdbc.queryForObject("select exists (select 1 from reform_area where code = :area)",
                Map.of("area", area), Boolean.class)) {
            errors.add(new FieldError("area", "unknown-reform-area", area));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("vocabulary", vocabulary).addValue("code", code)
                .addValue("area", area);
        String before = currentArea(params);
        if (before != null && !replace) {
            throw new InvalidInputException("code", "sector-already-mapped", code, before);
        }
        if (expectedArea != null && !expectedArea.equals(before)) {
            throw new ObjectOptimisticLockingFailureException("reform_area_sector", vocabulary + ":" + code);
        }
        if (area.equals(before)) {
            return new MappingChange(mappingView(vocabulary, code, area), before, 0, 0);
        }
        jdbc.update("""
                insert into reform_area_sector (vocabulary, sector_code, reform_area) values (:vocabulary, :code, :area)
                on conflict (vocabulary, sector_code) do update set reform_area = excluded.reform_area""", params);
        Reclassified done = reclassifyConcerned(params);
        events.publishEvent(EntityChanged.diff("reform-area-mapping", vocabulary + ":" + code,
                before == null ? "created" : "moved", mappingSnapshot(before, null),
                mappingSnapshot(area, done)));
        announce(done);
        return new MappingChange(mappingView(vocabulary, code, area), before, done.sectors(), done.activities().size());
    }

    /** Removes a code's mapping: its sectors fall back to their category's area, or to none. */
    @Transactional
    public MappingChange unmap(String vocabulary, String code, String expectedArea) {
        beginWrite();
        MapSqlParameterSource params = new MapSqlParameterSource("vocabulary", vocabulary).addValue("code", code);
        String before = currentArea(params);
        if (before == null) {
            throw new NotFoundException("reform area mapping", vocabulary + ":" + code);
        }
        if (expectedArea != null && !expectedArea.equals(before)) {
            throw new ObjectOptimisticLockingFailureException("reform_area_sector", vocabulary + ":" + code);
        }
        jdbc.update("delete from reform_area_sector where vocabulary = :vocabulary and sector_code = :code", params);
        Reclassified done = reclassifyConcerned(params);
        events.publishEvent(EntityChanged.diff("reform-area-mapping", vocabulary + ":" + code, "deleted",
                mappingSnapshot(before, null), mappingSnapshot(null, done)));
        announce(done);
        return new MappingChange(null, before, done.sectors(), done.activities().size());
    }

    /**
     * Applies the mapping to every stored sector again. Only needed for an activity that was being prepared (imported
     * or entered) with the earlier mapping at the very moment it changed; reports what it corrected.
     */
    @Transactional
    public Reclassification reclassifyAll() {
        beginWrite();
        Reclassified done = reclassify("true", new MapSqlParameterSource());
        if (done.sectors() > 0) {
            events.publishEvent(EntityChanged.diff("reform-area-mapping", "all", "reclassified", Map.of(),
                    Map.of("reclassifiedSectors", done.sectors(), "reclassifiedActivities", done.activities().size())));
            announce(done);
        }
        return new Reclassification(done.sectors(), done.activities().size());
    }

    private void checkSector(String vocabulary, String code, List<FieldError> errors) {
        if (vocabulary == null) {
            errors.add(new FieldError("vocabulary", "required"));
            return;
        }
        if (!"1".equals(vocabulary) && !"2".equals(vocabulary)) {
            errors.add(new FieldError("vocabulary", "sector-vocabulary"));
            return;
        }
        boolean purpose = "1".equals(vocabulary);
        if (code == null) {
            errors.add(new FieldError("code", "required"));
        } else if (!(purpose ? ReformAreaService.PURPOSE_CODE : ReformAreaService.CATEGORY).matcher(code).matches()) {
            errors.add(new FieldError("code", purpose ? "sector-code-purpose" : "sector-code-category"));
        } else if (!codelists.isValid(codelist(vocabulary), code)) {
            errors.add(new FieldError("code", purpose ? "unknown-sector" : "unknown-sector-category", code));
        }
    }

    private String currentArea(MapSqlParameterSource params) {
        return jdbc.query("""
                select reform_area from reform_area_sector where vocabulary = :vocabulary and sector_code = :code for update""",
                params, rs -> rs.next() ? rs.getString(1) : null);
    }

    private static Map<String, Object> mappingSnapshot(String area, Reclassified done) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("area", area);
        if (done != null) {
            snapshot.put("reclassifiedSectors", done.sectors());
            snapshot.put("reclassifiedActivities", done.activities().size());
        }
        return snapshot;
    }

    MappingView mappingView(String vocabulary, String code, String area) {
        return new MappingView(vocabulary, code, codelists.name(codelist(vocabulary), code).orElse(null), area);
    }

    private static String codelist(String vocabulary) {
        return "2".equals(vocabulary) ? "SectorCategory" : "Sector";
    }

    /** Administrators only; then waits for any other thesaurus write to commit. */
    void beginWrite() {
        permissions.checkMayEditReferenceData();
        jdbc.getJdbcOperations().queryForObject("select pg_advisory_xact_lock(?, 1)", Object.class,
                ReformAreaService.LOCK_CLASS);
    }

    /** Re-classification of the sectors a change of (:vocabulary, :code) concerns. */
    Reclassified reclassifyConcerned(MapSqlParameterSource params) {
        // a purpose code concerns the sectors given with that code (vocabulary 1 or none); a category concerns
        // those purpose codes that fall back to it and the sectors given as that category (vocabulary 2)
        return reclassify("""
                ((coalesce(s.vocabulary, '1') = '1'
                  and (s.code = :code or (cast(:vocabulary as text) = '2' and left(s.code, 3) = :code)))
                 or (s.vocabulary = '2' and cast(:vocabulary as text) = '2' and s.code = :code))""", params);
    }

    /** How many sectors took another area, and the activities they belong to. */
    record Reclassified(int sectors, Set<Long> activities) {
    }

    /**
     * One statement: the sectors matching {@code where} whose stored area differs from what the mapping gives now
     * take the mapping's area (reform_area_of, R__projects_reform_areas.sql, the SQL form of
     * {@link ReformAreas.Mapping#areaOf}).
     */
    Reclassified reclassify(String where, MapSqlParameterSource params) {
        int[] sectors = {0};
        Set<Long> activities = new java.util.HashSet<>();
        jdbc.query("""
                with changed as (
                    update activity_sector s set reform_area = reform_area_of(s.vocabulary, s.code)
                    where %s and s.reform_area is distinct from reform_area_of(s.vocabulary, s.code)
                    returning s.activity_id)
                select activity_id, count(*) from changed group by activity_id""".formatted(where), params, rs -> {
            activities.add(rs.getLong(1));
            sectors[0] += rs.getInt(2);
        });
        return new Reclassified(sectors[0], activities);
    }

    /** Tells the modules that follow activities (counts, country pages, overlaps) which ones changed. */
    void announce(Reclassified done) {
        if (!done.activities().isEmpty()) {
            events.publishEvent(new ActivitiesChanged(done.activities()));
        }
    }
}
