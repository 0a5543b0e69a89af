package org.concord.projects.internal.activities;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.audit.EntityChanged;
import org.concord.organisations.Organisations;
import org.concord.projects.ActivitiesChanged;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.IatiFileException;
import org.concord.projects.internal.iati.IatiReader;
import org.concord.projects.internal.iati.IatiWriter;
import org.concord.projects.internal.reference.ReformAreas;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.projects.internal.ActivityPermissions;
import org.concord.shared.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities entered or edited by hand. Same model and same rules as an import: the activity is written as IATI
 * XML and read back by the importer's reader, so a rule is never enforced on one path and forgotten on the other.
 * Who may write which activity is {@link ActivityPermissions#mayEdit}'s to say.
 */
@Service
public class ActivityEditing {

    private final ActivityStore store;
    private final ReformAreas areas;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final ActivityPermissions permissions;

    public ActivityEditing(ActivityStore store, ReformAreas areas, Organisations organisations,
                           ApplicationEventPublisher events, JdbcTemplate jdbc, ActivityPermissions permissions) {
        this.permissions = permissions;
        this.store = store;
        this.areas = areas;
        this.organisations = organisations;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional
    public long create(IatiActivity activity, boolean published) {
        CurrentActor.require();
        IatiActivity checked = validate(activity);
        permissions.checkMayEdit(checked);
        if (store.idOf(checked.identifier()).isPresent()) {
            throw new InvalidInputException("identifier", "activity-exists", checked.identifier());
        }
        ActivityStore.Saved saved = save(checked, published);
        events.publishEvent(EntityChanged.diff("activity", saved.id(), "created", Map.of(),
                Map.of("iatiIdentifier", checked.identifier(), "contentHash", saved.contentHash(), "published", published)));
        events.publishEvent(new ActivitiesChanged(Set.of(saved.id())));
        return saved.id();
    }

    @Transactional
    public void update(long id, IatiActivity activity, boolean published) {
        CurrentActor.require();
        IatiActivity before = store.load(id).orElseThrow(() -> new NotFoundException("activity", id));
        permissions.checkMayEdit(before);
        IatiActivity checked = validate(activity);
        permissions.checkMayEdit(checked);
        if (!checked.identifier().equals(before.identifier())) {
            throw new InvalidInputException("identifier", "identifier-unchangeable");
        }
        String hashBefore = ActivityStore.contentHash(before);
        ActivityStore.Saved saved = save(checked, published);
        if (saved.outcome() != ActivityStore.Outcome.UNCHANGED) {
            events.publishEvent(EntityChanged.diff("activity", id, "updated", Map.of("contentHash", hashBefore),
                    Map.of("contentHash", saved.contentHash())));
            events.publishEvent(new ActivitiesChanged(Set.of(id)));
        }
    }

    private ActivityStore.Saved save(IatiActivity activity, boolean published) {
        Map<String, Long> directory = new HashMap<>(organisations.idsByIatiIdentifier());
        ActivityStore.Saved saved = store.save(activity, "manual", areas.mapping()::areaOf, directory::get);
        jdbc.update("update activity set published = ?, source = 'manual' where id = ?", published, saved.id());
        return saved;
    }

    /** The importer's rules, applied by writing the activity as IATI XML and reading it back. */
    IatiActivity validate(IatiActivity activity) {
        if (activity.identifier() == null || activity.identifier().isBlank()) {
            throw new InvalidInputException("identifier", "required");
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            new IatiWriter().write(List.of(activity), xml, java.time.Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new InvalidInputException("activity", "iati-file", e.getMessage());
        }
        List<IatiReader.ReadResult> results = new ArrayList<>();
        try {
            new IatiReader().read(new ByteArrayInputStream(xml.toByteArray()), results::add);
        } catch (IatiFileException e) {
            throw new InvalidInputException("activity", "iati-file", e.getMessage());
        }
        IatiReader.ReadResult result = results.get(0);
        if (!result.accepted()) {
            throw new InvalidInputException(result.problems().stream()
                    .map(p -> new FieldError(p.element().replaceFirst("^iati-activity(\\[1])?/?", ""), "iati-rule", p.rule()))
                    .toList());
        }
        return result.activity();
    }
}
