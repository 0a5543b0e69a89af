package org.concord.standards.internal.wgi;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.audit.EntityChanged;
import org.concord.shared.InvalidInputException;
import org.concord.shared.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The saved column mappings: mapped once, reused for the next edition. */
@Service
public class WgiMappings {

    private static final String COLUMNS = "economy_code_column, economy_name_column, year_column, indicator_column, "
            + "estimate_column, standard_error_column, percentile_rank_column, percentile_rank_lower_column, "
            + "percentile_rank_upper_column";

    private final JdbcClient jdbc;
    private final WgiPermissions permissions;
    private final ApplicationEventPublisher events;

    WgiMappings(JdbcClient jdbc, WgiPermissions permissions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.events = events;
    }

    public List<WgiMapping> all() {
        return jdbc.sql("select id, name, owner_organisation_id, version, " + COLUMNS
                + " from standards_wgi_column_mapping order by last_used_at desc nulls last, name").query((rs, i) -> {
            Map<WgiColumn, String> headers = new EnumMap<>(WgiColumn.class);
            int at = 5;
            for (WgiColumn c : WgiColumn.values()) {
                String h = rs.getString(at++);
                if (h != null) {
                    headers.put(c, h);
                }
            }
            return new WgiMapping(rs.getLong(1), rs.getString(2), rs.getLong(3), headers, rs.getLong(4));
        }).list();
    }

    public Optional<WgiMapping> find(long id) {
        return all().stream().filter(m -> m.id() == id).findFirst();
    }

    /** The mapping saved under this name (names are compared regardless of case, as saving does). */
    public Optional<WgiMapping> findByName(String name) {
        String wanted = name == null ? "" : name.strip();
        return all().stream().filter(m -> m.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /** Saves a mapping under its name: a new one, or the same name's columns replaced. */
    @Transactional
    public long save(String name, long ownerOrganisationId, Map<WgiColumn, String> headers) {
        CurrentActor.check(permissions.mayImport(ownerOrganisationId));
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            errors.add(new InvalidInputException.FieldError("name", trimmed.isEmpty() ? "required" : "wgi-too-long", 100));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", trimmed);
        after.put("ownerOrganisationId", ownerOrganisationId);
        List<Object> values = new ArrayList<>();
        for (WgiColumn c : WgiColumn.values()) {
            String h = headers.get(c) == null ? null : headers.get(c).strip();
            if (h != null && h.isEmpty()) {
                h = null;
            }
            if (h == null && c.required()) {
                errors.add(new InvalidInputException.FieldError(c.field(), "required"));
            } else if (h != null && h.length() > 100) {
                errors.add(new InvalidInputException.FieldError(c.field(), "wgi-too-long", 100));
            }
            values.add(h);
            after.put(c.field(), h);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<WgiMapping> existing = all().stream().filter(m -> m.name().equalsIgnoreCase(trimmed)).findFirst();
        if (existing.isPresent()) {
            CurrentActor.check(permissions.mayImport(existing.get().ownerOrganisationId()));
        }
        long id = jdbc.sql("insert into standards_wgi_column_mapping (name, owner_organisation_id, " + COLUMNS
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (name) do update set "
                        + "owner_organisation_id = excluded.owner_organisation_id, "
                        + "economy_code_column = excluded.economy_code_column, economy_name_column = excluded.economy_name_column, "
                        + "year_column = excluded.year_column, indicator_column = excluded.indicator_column, "
                        + "estimate_column = excluded.estimate_column, standard_error_column = excluded.standard_error_column, "
                        + "percentile_rank_column = excluded.percentile_rank_column, "
                        + "percentile_rank_lower_column = excluded.percentile_rank_lower_column, "
                        + "percentile_rank_upper_column = excluded.percentile_rank_upper_column, "
                        + "updated_at = now(), version = standards_wgi_column_mapping.version + 1 returning id")
                // the name as first saved: "wgi layout" replaces "WGI layout" rather than adding a second mapping
                .params(concat(existing.map(WgiMapping::name).orElse(trimmed), ownerOrganisationId, values))
                .query(Long.class).single();
        Map<String, Object> before = new LinkedHashMap<>();
        existing.ifPresent(m -> {
            before.put("name", m.name());
            before.put("ownerOrganisationId", m.ownerOrganisationId());
            for (WgiColumn c : WgiColumn.values()) {
                before.put(c.field(), m.headers().get(c));
            }
        });
        events.publishEvent(EntityChanged.diff("wgi-column-mapping", id, existing.isPresent() ? "updated" : "created",
                before, after));
        return id;
    }

    void used(long id) {
        jdbc.sql("update standards_wgi_column_mapping set last_used_at = now() where id = ?").param(id).update();
    }

    private static List<Object> concat(String name, long owner, List<Object> values) {
        List<Object> all = new ArrayList<>();
        all.add(name);
        all.add(owner);
        all.addAll(values);
        return all;
    }
}
