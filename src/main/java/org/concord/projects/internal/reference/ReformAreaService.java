package org.concord.projects.internal.reference;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.concord.audit.EntityChanged;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Language;
import org.concord.shared.NotFoundException;
import org.concord.projects.internal.ActivityPermissions;
import org.concord.projects.internal.DraftVisibility;
import org.concord.projects.internal.reference.SectorMappings.Reclassified;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concord's reform-area thesaurus, the areas themselves (their mapping from DAC sector codes is
 * {@link SectorMappings}'): anyone reads them; administrators edit them. Each command is one transaction that checks
 * permission, writes and records the audit event; deleting an area re-classifies the stored sectors still marked with
 * it and announces the activities concerned, so that counts, country pages and overlap detection follow at once.
 */
@Service
public class ReformAreaService {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    static final Pattern PURPOSE_CODE = Pattern.compile("\\d{5}");
    static final Pattern CATEGORY = Pattern.compile("\\d{3}");
    static final int NAME_MAX = 200;
    /** WCAG 2.1 non-text contrast (1.4.11): swatches and chart bars against the white page. */
    static final BigDecimal MIN_CONTRAST = new BigDecimal("3");
    /** Two-key advisory lock: thesaurus writes take their turn, so that each re-classification sees the last one's. */
    static final int LOCK_CLASS = 0x52454646;

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    private final ActivityPermissions permissions;
    private final SectorMappings mappings;

    public ReformAreaService(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events,
                             ActivityPermissions permissions, SectorMappings mappings) {
        this.permissions = permissions;
        this.mappings = mappings;
        this.jdbc = jdbc;
        this.events = events;
    }

    // ---------------------------------------------------------------- what readers see

    @Schema(name = "ReformArea")
    public record AreaView(String code,
                           @Schema(description = "the name in the request's language") String name,
                           String nameEn, String nameFr, String nameEs, String nameRu, String nameAr, String nameUk,
                           String colour, long version,
                           @Schema(description = "the DAC codes mapped to the area") List<MappingView> mappings,
                           @Schema(description = "sectors of activities now in the area (public activities only for "
                                   + "anonymous readers)") long activitySectors,
                           @Schema(description = "activities with at least one sector in the area") long activities,
                           @Schema(description = "national priorities in the area") long priorities,
                           @Schema(description = "contrast of the colour against white, x:1") BigDecimal contrast) {

        public boolean lowContrast() {
            return contrast.compareTo(MIN_CONTRAST) < 0;
        }

        public boolean inUse() {
            return !mappings.isEmpty() || priorities > 0;
        }
    }

    @Schema(name = "SectorMapping")
    public record MappingView(@Schema(description = "1: DAC 5-digit purpose code; 2: DAC 3-digit category") String vocabulary,
                              String code,
                              @Schema(description = "the sector's name in the IATI Sector or SectorCategory codelist")
                              String sectorName,
                              String area) {
    }

    @Schema(name = "SectorMappingChange")
    public record MappingChange(@Schema(description = "the mapping now; null once removed") MappingView mapping,
                                @Schema(description = "the area the code mapped to before; null when it was not mapped")
                                String previousArea,
                                @Schema(description = "activity sectors whose reform area changed") int reclassifiedSectors,
                                @Schema(description = "activities those sectors belong to") int reclassifiedActivities) {
    }

    @Schema(name = "Reclassification")
    public record Reclassification(int reclassifiedSectors, int reclassifiedActivities) {
    }

    /** Every area with its names, colour, mapped codes and how many activity sectors are in it. */
    @Transactional(readOnly = true)
    public List<AreaView> areas(Locale locale) {
        Language language = Language.ofOrDefault(locale);
        Map<String, List<MappingView>> mappings = new HashMap<>();
        mappings().forEach(m -> mappings.computeIfAbsent(m.area(), k -> new ArrayList<>()).add(m));
        Map<String, long[]> counts = new HashMap<>();
        // each reader counts the activities the activity list shows them: published ones and the drafts they may see
        DraftVisibility visibility = permissions.draftVisibility();
        jdbc.query("""
                select s.reform_area, count(*), count(distinct s.activity_id)
                from activity_sector s join activity a on a.id = s.activity_id
                where s.reform_area is not null and %s
                group by s.reform_area""".formatted(visibility.condition("a")), visibility.parameters(), rs -> {
            counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
        });
        Map<String, Long> priorities = new HashMap<>();
        jdbc.query("select reform_area, count(*) from country_priority where reform_area is not null group by reform_area",
                Map.of(), rs -> {
                    priorities.put(rs.getString(1), rs.getLong(2));
                });
        return jdbc.query("""
                select code, name_%s as name, name_en, name_fr, name_es, name_ru, name_ar, name_uk, colour, version
                from reform_area order by code""".formatted(language.tag()), Map.of(), (rs, i) -> {
            String code = rs.getString("code");
            long[] c = counts.getOrDefault(code, new long[] {0, 0});
            return new AreaView(code, rs.getString("name"), rs.getString("name_en"), rs.getString("name_fr"),
                    rs.getString("name_es"), rs.getString("name_ru"), rs.getString("name_ar"), rs.getString("name_uk"),
                    rs.getString("colour"), rs.getLong("version"), List.copyOf(mappings.getOrDefault(code, List.of())),
                    c[0], c[1], priorities.getOrDefault(code, 0L), contrast(rs.getString("colour")));
        });
    }

    /** The area as its edit page shows it, for those who may edit the thesaurus. */
    @Transactional(readOnly = true)
    public AreaView areaToEdit(String code, Locale locale) {
        permissions.checkMayEditReferenceData();
        return area(code, locale);
    }

    @Transactional(readOnly = true)
    public AreaView area(String code, Locale locale) {
        return areas(locale).stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("reform area", code));
    }

    /** Every mapped DAC code: purpose codes first, then categories, each in code order. */
    @Transactional(readOnly = true)
    public List<MappingView> mappings() {
        return jdbc.query("select vocabulary, sector_code, reform_area from reform_area_sector order by vocabulary, sector_code",
                Map.of(), (rs, i) -> mappings.mappingView(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** A blank area form, for those who may edit the thesaurus. */
    public ReformAreaForm newForm() {
        permissions.checkMayEditReferenceData();
        return new ReformAreaForm();
    }

    /** The area as its edit form shows it, for those who may edit the thesaurus. */
    @Transactional(readOnly = true)
    public ReformAreaForm formOf(String code) {
        permissions.checkMayEditReferenceData();
        Map<String, Object> row = snapshot(code);
        if (row == null) {
            throw new NotFoundException("reform area", code);
        }
        ReformAreaForm form = new ReformAreaForm();
        form.setCode(code);
        form.setNameEn((String) row.get("nameEn"));
        form.setNameFr((String) row.get("nameFr"));
        form.setNameEs((String) row.get("nameEs"));
        form.setNameRu((String) row.get("nameRu"));
        form.setNameAr((String) row.get("nameAr"));
        form.setNameUk((String) row.get("nameUk"));
        form.setColour((String) row.get("colour"));
        form.setVersion((Long) row.get("version"));
        return form;
    }

    // ---------------------------------------------------------------- areas

    @Transactional
    public String create(ReformAreaForm form) {
        beginWrite();
        List<FieldError> errors = new ArrayList<>();
        String code = form.getCode();
        if (code == null) {
            errors.add(new FieldError("code", "required"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "reform-area-code-format"));
        } else if (snapshot(code) != null) {
            errors.add(new FieldError("code", "reform-area-exists", code));
        }
        String colour = checkNamesAndColour(form, null, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.update("""
                insert into reform_area (code, name_en, name_fr, name_es, name_ru, name_ar, name_uk, colour)
                values (:code, :en, :fr, :es, :ru, :ar, :uk, :colour)""", names(form).addValue("code", code)
                .addValue("colour", colour));
        events.publishEvent(EntityChanged.diff("reform-area", code, "created", Map.of(), audited(snapshot(code))));
        return code;
    }

    @Transactional
    public void update(String code, ReformAreaForm form) {
        beginWrite();
        Map<String, Object> before = lockedSnapshot(code);
        if (form.getVersion() != null && !form.getVersion().equals(before.get("version"))) {
            throw new ObjectOptimisticLockingFailureException("reform_area", code);
        }
        List<FieldError> errors = new ArrayList<>();
        String colour = checkNamesAndColour(form, (String) before.get("colour"), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EntityChanged change = EntityChanged.diff("reform-area", code, "updated", audited(before), audited(
                EntityChanged.snapshot("nameEn", form.getNameEn(), "nameFr", form.getNameFr(), "nameEs", form.getNameEs(),
                        "nameRu", form.getNameRu(), "nameAr", form.getNameAr(), "nameUk", form.getNameUk(),
                        "colour", colour)));
        if (change.changes().isEmpty()) {
            return;
        }
        jdbc.update("""
                update reform_area set name_en = :en, name_fr = :fr, name_es = :es, name_ru = :ru, name_ar = :ar,
                    name_uk = :uk, colour = :colour, version = version + 1
                where code = :code""", names(form).addValue("code", code).addValue("colour", colour));
        events.publishEvent(change);
    }

    /**
     * Deletes an area that nothing uses: no DAC code maps to it and no national priority names it. Activity sectors
     * still marked with it (left by an import that ran while the mapping changed) are re-classified first.
     */
    @Transactional
    public void delete(String code, Long version) {
        beginWrite();
        Map<String, Object> before = lockedSnapshot(code);
        if (version != null && !version.equals(before.get("version"))) {
            throw new ObjectOptimisticLockingFailureException("reform_area", code);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("code", code);
        long mapped = jdbc.queryForObject("select count(*) from reform_area_sector where reform_area = :code", params, Long.class);
        long priorities = jdbc.queryForObject("select count(*) from country_priority where reform_area = :code", params, Long.class);
        if (mapped > 0 || priorities > 0) {
            throw new InvalidInputException("code", "reform-area-in-use", code, mapped, priorities);
        }
        jdbc.update("delete from reform_area where code = :code", params);
        Reclassified stale = mappings.reclassify("s.reform_area = :code", params);
        Map<String, Object> after = new LinkedHashMap<>();
        if (stale.sectors() > 0) {
            after.put("reclassifiedSectors", stale.sectors());
        }
        events.publishEvent(EntityChanged.diff("reform-area", code, "deleted", audited(before), after));
        mappings.announce(stale);
    }

    private String checkNamesAndColour(ReformAreaForm form, String colourBefore, List<FieldError> errors) {
        String[][] names = {{"nameEn", form.getNameEn()}, {"nameFr", form.getNameFr()}, {"nameEs", form.getNameEs()},
                {"nameRu", form.getNameRu()}, {"nameAr", form.getNameAr()}, {"nameUk", form.getNameUk()}};
        for (String[] name : names) {
            if (name[1] == null) {
                errors.add(new FieldError(name[0], "required"));
            } else if (name[1].length() > NAME_MAX) {
                errors.add(new FieldError(name[0], "size", name[0], NAME_MAX, 1));
            }
        }
        String colour = form.getColour() == null ? null : form.getColour().toLowerCase(Locale.ROOT);
        if (colour == null) {
            errors.add(new FieldError("colour", "required"));
        } else if (!COLOUR.matcher(colour).matches()) {
            errors.add(new FieldError("colour", "colour-format"));
        } else if (!colour.equals(colourBefore) && contrast(colour).compareTo(MIN_CONTRAST) < 0) {
            // an existing colour stays accepted when only the names change; a new colour must stand out
            errors.add(new FieldError("colour", "colour-contrast", contrast(colour)));
        }
        return colour;
    }

    /** The WCAG contrast ratio of a #rrggbb colour against white, to two decimals (rounded down). */
    static BigDecimal contrast(String colour) {
        double r = linear(Integer.parseInt(colour.substring(1, 3), 16));
        double g = linear(Integer.parseInt(colour.substring(3, 5), 16));
        double b = linear(Integer.parseInt(colour.substring(5, 7), 16));
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return BigDecimal.valueOf(1.05 / (luminance + 0.05)).setScale(2, RoundingMode.DOWN);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static MapSqlParameterSource names(ReformAreaForm form) {
        return new MapSqlParameterSource("en", form.getNameEn()).addValue("fr", form.getNameFr())
                .addValue("es", form.getNameEs()).addValue("ru", form.getNameRu()).addValue("ar", form.getNameAr())
                .addValue("uk", form.getNameUk());
    }

    private Map<String, Object> snapshot(String code) {
        return jdbc.query("""
                select name_en, name_fr, name_es, name_ru, name_ar, name_uk, colour, version
                from reform_area where code = :code""", Map.of("code", code), rs -> rs.next()
                ? EntityChanged.snapshot("nameEn", rs.getString(1), "nameFr", rs.getString(2), "nameEs", rs.getString(3),
                "nameRu", rs.getString(4), "nameAr", rs.getString(5), "nameUk", rs.getString(6), "colour", rs.getString(7),
                "version", rs.getLong(8)) : null);
    }

    private Map<String, Object> lockedSnapshot(String code) {
        if (jdbc.queryForList("select code from reform_area where code = :code for update", Map.of("code", code),
                String.class).isEmpty()) {
            throw new NotFoundException("reform area", code);
        }
        return snapshot(code);
    }

    private static Map<String, Object> audited(Map<String, Object> snapshot) {
        Map<String, Object> copy = new LinkedHashMap<>(snapshot);
        copy.remove("version");
        return copy;
    }

    private void beginWrite() {
        mappings.beginWrite();
    }
}
