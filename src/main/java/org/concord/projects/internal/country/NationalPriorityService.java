package org.concord.projects.internal.country;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.audit.EntityChanged;
import org.concord.projects.internal.ActivityPermissions;
import org.concord.projects.internal.reference.ReformAreas;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A country's national SSR priorities, kept by national coordinators ({@link ActivityPermissions#mayEditPriorities()});
 * each change is one transaction with its audit row. Reading them with the activities that serve them is
 * {@link CountryProfiles#priorities}.
 */
@Service
public class NationalPriorityService {

    static final int TITLE_MAX = 300;
    static final int DESCRIPTION_MAX = 4000;

    private final NationalPriorityRepository priorities;
    private final ReformAreas reformAreas;
    private final ActivityPermissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NationalPriorityService(NationalPriorityRepository priorities, ReformAreas reformAreas,
                            ActivityPermissions permissions, ApplicationEventPublisher events, Clock clock) {
        this.priorities = priorities;
        this.reformAreas = reformAreas;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    /** A blank priority form, for those who may edit priorities. */
    public CountryPriorityForm newForm() {
        permissions.checkMayEditPriorities();
        return new CountryPriorityForm();
    }

    @Transactional
    public long create(String country, CountryPriorityForm form) {
        permissions.checkMayEditPriorities();
        validate(form);
        NationalPriority priority = priorities.saveAndFlush(new NationalPriority(country, form.getTitle(),
                form.getDescription(), form.getReformArea(), clock.instant()));
        events.publishEvent(EntityChanged.diff("country-priority", priority.id(), "created", Map.of(),
                priority.snapshot()));
        return priority.id();
    }

    @Transactional
    public void update(String country, long id, CountryPriorityForm form) {
        permissions.checkMayEditPriorities();
        NationalPriority priority = find(country, id);
        if (form.getVersion() != null && form.getVersion() != priority.version()) {
            throw new ObjectOptimisticLockingFailureException(NationalPriority.class, id);
        }
        validate(form);
        Map<String, Object> before = priority.snapshot();
        priority.change(form.getTitle(), form.getDescription(), form.getReformArea(), clock.instant());
        EntityChanged change = EntityChanged.diff("country-priority", id, "updated", before, priority.snapshot());
        if (!change.changes().isEmpty()) {
            events.publishEvent(change);
        }
    }

    @Transactional
    public void delete(String country, long id) {
        permissions.checkMayEditPriorities();
        NationalPriority priority = find(country, id);
        priorities.delete(priority);
        events.publishEvent(EntityChanged.diff("country-priority", id, "deleted", priority.snapshot(), Map.of()));
    }

    @Transactional(readOnly = true)
    public CountryPriorityForm formOf(String country, long id) {
        permissions.checkMayEditPriorities();
        NationalPriority priority = find(country, id);
        CountryPriorityForm form = new CountryPriorityForm();
        form.setTitle(priority.title());
        form.setReformArea(priority.reformArea());
        form.setDescription(priority.description());
        form.setVersion(priority.version());
        return form;
    }

    /** The priority, or not found when there is none or it is another country's. */
    private NationalPriority find(String country, long id) {
        return priorities.findById(id).filter(p -> p.isOf(country))
                .orElseThrow(() -> new NotFoundException("country priority", id));
    }

    private void validate(CountryPriorityForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.getTitle() == null) {
            errors.add(new FieldError("title", "required"));
        } else if (form.getTitle().length() > TITLE_MAX) {
            errors.add(new FieldError("title", "size", "title", TITLE_MAX, 1));
        }
        // the form offers only known areas; anything else is as good as no choice
        if (form.getReformArea() == null || !reformAreas.byCode(Locale.ENGLISH).containsKey(form.getReformArea())) {
            errors.add(new FieldError("reformArea", "required"));
        }
        if (form.getDescription() != null && form.getDescription().length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "size", "description", DESCRIPTION_MAX, 0));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
