package org.concord.projects.internal.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.audit.EntityChanged;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.NotFoundException;
import org.concord.projects.internal.ActivityPermissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A country's national SSR priorities, kept by national coordinators ({@link ActivityPermissions#mayEditPriorities()});
 * each change is one transaction with its audit row.
 */
@Service
public class CountryPriorities {

    static final int TITLE_MAX = 300;
    static final int DESCRIPTION_MAX = 4000;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    private final ActivityPermissions permissions;

    public CountryPriorities(JdbcTemplate jdbc, ApplicationEventPublisher events, ActivityPermissions permissions) {
        this.permissions = permissions;
        this.jdbc = jdbc;
        this.events = events;
    }

    private void checkMayEdit() {
        permissions.checkMayEditPriorities();
    }

    /** A blank priority form, for those who may edit priorities. */
    public CountryPriorityForm newForm() {
        checkMayEdit();
        return new CountryPriorityForm();
    }

    @Transactional
    public long create(String country, CountryPriorityForm form) {
        checkMayEdit();
        validate(form);
        long id = jdbc.queryForObject("""
                insert into country_priority (country_code, title, description, reform_area) values (?, ?, ?, ?)
                returning id""", Long.class, country, form.getTitle(), form.getDescription(), form.getReformArea());
        events.publishEvent(EntityChanged.diff("country-priority", id, "created", Map.of(), withoutVersion(snapshot(id))));
        return id;
    }

    @Transactional
    public void update(String country, long id, CountryPriorityForm form) {
        checkMayEdit();
        Map<String, Object> before = snapshot(country, id);
        if (form.getVersion() != null && !form.getVersion().equals(before.get("version"))) {
            throw new ObjectOptimisticLockingFailureException("country_priority", id);
        }
        validate(form);
        jdbc.update("""
                update country_priority set title = ?, description = ?, reform_area = ?, updated_at = now(),
                    version = version + 1
                where id = ?""", form.getTitle(), form.getDescription(), form.getReformArea(), id);
        EntityChanged change = EntityChanged.diff("country-priority", id, "updated", withoutVersion(before),
                withoutVersion(snapshot(id)));
        if (!change.changes().isEmpty()) {
            events.publishEvent(change);
        }
    }

    @Transactional
    public void delete(String country, long id) {
        checkMayEdit();
        Map<String, Object> before = snapshot(country, id);
        jdbc.update("delete from country_priority where id = ?", id);
        events.publishEvent(EntityChanged.diff("country-priority", id, "deleted", withoutVersion(before), Map.of()));
    }

    @Transactional(readOnly = true)
    public CountryPriorityForm formOf(String country, long id) {
        checkMayEdit();
        Map<String, Object> row = snapshot(country, id);
        CountryPriorityForm form = new CountryPriorityForm();
        form.setTitle((String) row.get("title"));
        form.setReformArea((String) row.get("reformArea"));
        form.setDescription((String) row.get("description"));
        form.setVersion((Long) row.get("version"));
        return form;
    }

    private void validate(CountryPriorityForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.getTitle() == null) {
            errors.add(new FieldError("title", "required"));
        } else if (form.getTitle().length() > TITLE_MAX) {
            errors.add(new FieldError("title", "size", "title", TITLE_MAX, 1));
        }
        // the form offers only known areas; anything else is as good as no choice
        if (form.getReformArea() == null || !knownArea(form.getReformArea())) {
            errors.add(new FieldError("reformArea", "required"));
        }
        if (form.getDescription() != null && form.getDescription().length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "size", "description", DESCRIPTION_MAX, 0));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private boolean knownArea(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from reform_area where code = ?)",
                Boolean.class, code));
    }

    /** The priority as the audit log keeps it, or not found when it is not this country's. */
    private Map<String, Object> snapshot(String country, long id) {
        Map<String, Object> row = snapshot(id);
        if (row == null || !country.equals(row.get("country"))) {
            throw new NotFoundException("country priority", id);
        }
        return row;
    }

    private Map<String, Object> snapshot(long id) {
        return jdbc.query("select country_code, title, description, reform_area, version from country_priority where id = ?",
                rs -> rs.next() ? EntityChanged.snapshot("country", rs.getString(1), "title", rs.getString(2),
                        "description", rs.getString(3), "reformArea", rs.getString(4), "version", rs.getLong(5)) : null,
                id);
    }

    private static Map<String, Object> withoutVersion(Map<String, Object> snapshot) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(snapshot);
        copy.remove("version");
        return copy;
    }
}
