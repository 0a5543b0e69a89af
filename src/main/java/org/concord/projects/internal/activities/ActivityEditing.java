package org.concord.projects.internal.activities;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.concord.audit.EntityChanged;
import org.concord.organisations.Organisations;
import org.concord.projects.ActivitiesChanged;
import org.concord.projects.internal.iati.ActivityRules;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.Normalisation;
import org.concord.projects.internal.reference.ReformAreas;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.projects.internal.ActivityPermissions;
import org.concord.shared.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities entered or edited by hand. Same model and same rules as an import ({@link ActivityRules}, which the
 * importer's reader asks as it reads), so a rule is never enforced on one path and forgotten on the other.
 * Who may write which activity is {@link ActivityPermissions#mayEdit}'s to say.
 */
@Service
public class ActivityEditing {

    private final ActivityRules rules;

    private final ActivityStore store;
    private final ReformAreas areas;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final ActivityPermissions permissions;

    public ActivityEditing(ActivityStore store, ReformAreas areas, Organisations organisations,
                           ApplicationEventPublisher events, JdbcTemplate jdbc, ActivityPermissions permissions,
                           java.time.Clock clock) {
        this.rules = new ActivityRules(clock);
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

    /**
     * The importer's rules ({@link ActivityRules}), applied to the activity in the form the importer gives what it
     * reads ({@link Normalisation}); each broken rule comes back naming its element ({@code transaction[2]/value}) and
     * the rule, in the reader's language.
     */
    IatiActivity validate(IatiActivity activity) {
        if (activity.identifier() == null || activity.identifier().isBlank()) {
            throw new InvalidInputException("identifier", "required");
        }
        IatiActivity normalised = Normalisation.of(activity);
        ActivityRules.Check check = rules.check(normalised);
        if (!check.passed()) {
            throw new InvalidInputException(check.rejections().stream()
                    .map(p -> new FieldError(p.element().replaceFirst("^iati-activity(\\[1])?/?", ""), "iati-rule",
                            new DefaultMessageSourceResolvable(new String[] {p.key().messageKey()},
                                    p.arguments().toArray(), p.rule())))
                    .toList());
        }
        return normalised;
    }
}
