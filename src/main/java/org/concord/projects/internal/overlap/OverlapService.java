package org.concord.projects.internal.overlap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.audit.EntityChanged;
import org.concord.shared.Countries;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.Actor;
import org.concord.projects.internal.ActivityPermissions;
import org.concord.projects.internal.DraftVisibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage of proposed overlaps: who may read and decide them is {@link ActivityPermissions}'s to say.
 *
 * <p>A decision holds while neither activity changes materially: it records a fingerprint of each
 * activity's countries, dates, reform areas, participants, titles and descriptions, and the pair is
 * proposed again once either fingerprint differs. Budget revisions or new transactions do not re-open it.
 */
@Service
public class OverlapService {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final int NOTE_LENGTH = 2000;

    private final NamedParameterJdbcTemplate jdbc;
    private final OverlapSettingsRepository settings;
    private final Countries countries;
    private final ApplicationEventPublisher events;
    private final ActivityPermissions permissions;
    private final OverlapQueries queries;

    OverlapService(NamedParameterJdbcTemplate jdbc, OverlapSettingsRepository settings, Countries countries,
                   ApplicationEventPublisher events, ActivityPermissions permissions, OverlapQueries queries) {
        this.queries = queries;
        this.permissions = permissions;
        this.jdbc = jdbc;
        this.settings = settings;
        this.countries = countries;
        this.events = events;
    }

    /**
     * SHA-256 (hex) of what makes an activity what it is for overlap triage. Each part is sorted, so that
     * re-importing the same content in another order changes nothing.
     */
    static String fingerprint(String activityId) {
        return """
                (select encode(sha256(convert_to(concat_ws(chr(30),
                    coalesce(f.start_date::text, ''), coalesce(f.end_date::text, ''), coalesce(f.title, ''),
                    coalesce((select string_agg(v, chr(31) order by v) from (
                        select c.code as v from activity_country c where c.activity_id = f.id) t), ''),
                    coalesce((select string_agg(v, chr(31) order by v) from (
                        select s.reform_area as v from activity_sector s
                        where s.activity_id = f.id and s.reform_area is not null) t), ''),
                    coalesce((select string_agg(v, chr(31) order by v) from (
                        select coalesce(p.role, '') || chr(29) || coalesce(p.ref, '') || chr(29) || coalesce(p.name, '') as v
                        from activity_participant p where p.activity_id = f.id) t), ''),
                    coalesce((select string_agg(v, chr(31) order by v) from (
                        select coalesce(t.lang, '') || chr(29) || t.text as v
                        from activity_title t where t.activity_id = f.id) t), ''),
                    coalesce((select string_agg(v, chr(31) order by v) from (
                        select coalesce(d.type, '') || chr(29) || coalesce(d.lang, '') || chr(29) || d.text as v
                        from activity_description d where d.activity_id = f.id) t), '')
                ), 'UTF8')), 'hex') from activity f where f.id = %s)""".formatted(activityId);
    }

    /**
     * Pairs to look at, highest score first: never decided, or decided before one of the two activities
     * changed materially. {@code country} (ISO 3166-1 alpha-2, optional) keeps pairs where both activities
     * are in that country.
     */
    @Transactional(readOnly = true)
    public List<OverlapView> open(String country, int limit) {
        return open(country, limit, 0).items();
    }

    /** One page of open pairs, and how many there are in all (page and API count the same pairs). */
    public record OpenPairs(List<OverlapView> items, long total, int page, int size) {
        public int pages() {
            return (int) ((total + size - 1) / size);
        }
    }

    /** As {@link #open(String, int)}, skipping {@code offset} pairs, with the count of all open pairs. */
    @Transactional(readOnly = true)
    public OpenPairs open(String country, int limit, long offset) {
        if (country != null && !country.isBlank() && !countries.exists(country)) {
            throw new InvalidInputException("country", "unknown-country", country);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "overlaps-offset");
        }
        DraftVisibility visibility = permissions.draftVisibility();
        String code = country == null || country.isBlank() ? null : country.toUpperCase(Locale.ROOT);
        int size = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        return new OpenPairs(queries.open(code, visibility, size, offset), queries.count(code, visibility), (int) (offset / size), size);
    }

    /**
     * Records what coordinators decided the pair {@code a}, {@code b} (in either order) is. Deciding again
     * replaces the earlier decision; the audit log keeps both.
     */
    @Transactional
    public OverlapView.DecisionView decide(long a, long b, Decision decision, String note) {
        Actor actor = permissions.checkMayTriageOverlaps();
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        List<FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new FieldError("decision", "required"));
        }
        if (a == b) {
            errors.add(new FieldError("activityB", "overlaps-same-activity"));
        }
        if (trimmedNote != null && trimmedNote.length() > NOTE_LENGTH) {
            errors.add(new FieldError("note", "size", "note", NOTE_LENGTH, 0));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        MapSqlParameterSource params = new MapSqlParameterSource("a", lo).addValue("b", hi);
        // a draft the decider may not see is not found, as on its page
        DraftVisibility visibility = permissions.draftVisibility();
        params.addValues(visibility.parameters());
        List<String> hashes = jdbc.query("select " + fingerprint("x.id") + " from activity x where x.id in (:a, :b) and "
                + visibility.condition("x") + " order by x.id", params, (rs, i) -> rs.getString(1));
        if (hashes.size() < 2) {
            List<Long> found = jdbc.queryForList("select x.id from activity x where x.id in (:a, :b) and "
                    + visibility.condition("x"), params, Long.class);
            throw new NotFoundException("activity", found.contains(lo) ? hi : lo);
        }
        Map<String, Object> before = jdbc.query("""
                select decision, note, hash_a, hash_b from overlap_decision where activity_a = :a and activity_b = :b for update""",
                params, rs -> rs.next() ? snapshot(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)) : Map.of());
        params.addValue("decision", decision.name()).addValue("note", trimmedNote)
                .addValue("hashA", hashes.get(0)).addValue("hashB", hashes.get(1)).addValue("by", actor.username());
        OverlapView.DecisionView recorded = jdbc.queryForObject("""
                insert into overlap_decision (activity_a, activity_b, decision, note, hash_a, hash_b, decided_by, decided_at)
                values (:a, :b, :decision, :note, :hashA, :hashB, :by, now())
                on conflict (activity_a, activity_b) do update
                    set decision = excluded.decision, note = excluded.note, hash_a = excluded.hash_a,
                        hash_b = excluded.hash_b, decided_by = excluded.decided_by, decided_at = excluded.decided_at
                returning decided_at""", params, (rs, i) -> new OverlapView.DecisionView(lo, hi, decision, trimmedNote,
                actor.username(), rs.getTimestamp(1).toInstant()));
        events.publishEvent(EntityChanged.diff("overlap", lo + "-" + hi, "decided", before,
                snapshot(decision.name(), trimmedNote, hashes.get(0), hashes.get(1))));
        return recorded;
    }

    private static Map<String, Object> snapshot(String decision, String note, String hashA, String hashB) {
        // the fingerprints show, later, which versions of the two activities the decision was about
        return EntityChanged.snapshot("decision", decision, "note", note, "fingerprintA", hashA, "fingerprintB", hashB);
    }

    @Transactional(readOnly = true)
    public OverlapSettings settings() {
        return settings.load();
    }

    /** The settings as their form shows them, for those who may change them. */
    @Transactional(readOnly = true)
    public OverlapSettings settingsToEdit() {
        permissions.checkMayTriageOverlaps();
        return settings.load();
    }

    /** Replaces weights and threshold; every pair is then scored again in the background. */
    @Transactional
    public OverlapSettings updateSettings(OverlapSettings proposed) {
        permissions.checkMayTriageOverlaps();
        List<FieldError> errors = new ArrayList<>();
        OverlapSettings s = new OverlapSettings(
                checked("weightArea", proposed.weightArea(), errors),
                checked("weightBeneficiary", proposed.weightBeneficiary(), errors),
                checked("weightImplementer", proposed.weightImplementer(), errors),
                checked("weightText", proposed.weightText(), errors),
                checked("weightPeriod", proposed.weightPeriod(), errors),
                checked("threshold", proposed.threshold(), errors));
        if (errors.isEmpty() && s.weightArea().add(s.weightBeneficiary()).add(s.weightImplementer()).add(s.weightText())
                .add(s.weightPeriod()).signum() == 0) {
            errors.add(new FieldError("weightText", "overlaps-weights-zero"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        OverlapSettings before = settings.loadForUpdate();
        settings.save(s);
        EntityChanged change = EntityChanged.diff("overlap-settings", 1, "updated", snapshot(before), snapshot(s));
        if (!change.changes().isEmpty()) {
            events.publishEvent(change);
            events.publishEvent(new OverlapRecomputation.SettingsChanged(java.time.Instant.now()));
        }
        return settings.load();
    }

    private static BigDecimal checked(String field, BigDecimal value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "required"));
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            errors.add(new FieldError(field, "overlaps-range"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 3) {
            errors.add(new FieldError(field, "overlaps-decimals"));
            return null;
        }
        return value.setScale(3, RoundingMode.UNNECESSARY);
    }

    private static Map<String, Object> snapshot(OverlapSettings s) {
        return EntityChanged.snapshot("weightArea", plain(s.weightArea()), "weightBeneficiary", plain(s.weightBeneficiary()),
                "weightImplementer", plain(s.weightImplementer()), "weightText", plain(s.weightText()),
                "weightPeriod", plain(s.weightPeriod()), "threshold", plain(s.threshold()));
    }

    /** 0.200 and 0.2 are the same weight: compare and log them alike. */
    private static String plain(BigDecimal value) {
        return value.setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
