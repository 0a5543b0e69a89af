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
import org.concord.projects.internal.DraftVisibility;
import org.concord.shared.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities entered or edited by hand. Same model and same rules as an import ({@link ActivityRules}, which the
 * importer's reader asks as it reads), so a rule is never enforced on one path and forgotten on the other.
 * Who may write which activity is {@link ActivityPermissions#mayEdit}'s to say; the same people publish and
 * unpublish it, and hand it over to file imports or take it back. Every change is audited with before and after.
 */
@Service
public class ActivityEditing {

    private final ActivityRules rules;

    /** {@code activity.source}: entered by hand (an import never replaces it) or maintained by file imports. */
    static final String BY_HAND = "manual";
    static final String BY_IMPORT = "import";

    private final ActivityStore store;
    private final ReformAreas areas;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final ActivityPermissions permissions;
    private final ActivityQueries queries;

    public ActivityEditing(ActivityStore store, ReformAreas areas, Organisations organisations,
                           ApplicationEventPublisher events, JdbcTemplate jdbc, ActivityPermissions permissions,
                           ActivityQueries queries, java.time.Clock clock) {
        this.rules = new ActivityRules(clock);
        this.permissions = permissions;
        this.queries = queries;
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
                Map.of("iatiIdentifier", checked.identifier(), "contentHash", saved.contentHash(), "published", published,
                        "source", BY_HAND)));
        events.publishEvent(new ActivitiesChanged(Set.of(saved.id())));
        return saved.id();
    }

    /**
     * Replaces the activity's content, which makes it one entered by hand (an import leaves it alone from then on).
     * {@code published} null keeps it public or a draft as it is. A change of content and a change of publication
     * are audited each in a row of their own, with before and after.
     */
    @Transactional
    public void update(long id, IatiActivity activity, Boolean published) {
        CurrentActor.require();
        ActivityQueries.Standing standing = visible(id);
        IatiActivity before = store.load(id).orElseThrow(() -> new NotFoundException("activity", id));
        permissions.checkMayEdit(before);
        IatiActivity checked = validate(activity);
        permissions.checkMayEdit(checked);
        if (!checked.identifier().equals(before.identifier())) {
            throw new InvalidInputException("identifier", "identifier-unchangeable");
        }
        boolean nowPublished = published == null ? standing.published() : published;
        String hashBefore = ActivityStore.contentHash(before);
        ActivityStore.Saved saved = save(checked, nowPublished);
        EntityChanged updated = EntityChanged.diff("activity", id, "updated",
                Map.of("contentHash", hashBefore, "source", standing.source()),
                Map.of("contentHash", saved.contentHash(), "source", BY_HAND));
        if (!updated.changes().isEmpty()) {
            events.publishEvent(updated);
        }
        publicationChanged(id, standing.published(), nowPublished);
        if (saved.outcome() != ActivityStore.Outcome.UNCHANGED || standing.published() != nowPublished) {
            events.publishEvent(new ActivitiesChanged(Set.of(id)));
        }
    }

    /**
     * Makes the activity public ({@code published}) or a draft again, which only the members of its reporting
     * organisation (and of those above it) and administrators see. Asking for what it already is changes nothing.
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean publish(long id, boolean published) {
        CurrentActor.require();
        ActivityQueries.Standing standing = visible(id);
        permissions.checkMayEdit(store.load(id).orElseThrow(() -> new NotFoundException("activity", id)));
        if (standing.published() == published) {
            return false;
        }
        jdbc.update("update activity set published = ? where id = ?", published, id);
        publicationChanged(id, standing.published(), published);
        events.publishEvent(new ActivitiesChanged(Set.of(id)));
        return true;
    }

    /**
     * Hands an activity entered by hand over to file imports: from then on it is maintained by the files of its
     * reporting organisation, and the next import with its identifier replaces it (until then it stays as it is,
     * public or a draft). Only its own coordinators (and those above them) and administrators may.
     *
     * @return whether anything changed (false: it was maintained by imports already)
     */
    @Transactional
    public boolean handOver(long id) {
        return maintainedBy(id, BY_IMPORT, "handed-over");
    }

    /**
     * Takes an activity maintained by file imports back to hand editing: imports leave it alone from then on (a file
     * with its identifier is rejected, naming the reason), and its coordinators correct it on the form.
     *
     * @return whether anything changed (false: it was entered by hand already)
     */
    @Transactional
    public boolean takeBack(long id) {
        return maintainedBy(id, BY_HAND, "taken-back");
    }

    private boolean maintainedBy(long id, String source, String action) {
        CurrentActor.require();
        ActivityQueries.Standing standing = visible(id);
        permissions.checkMayEdit(store.load(id).orElseThrow(() -> new NotFoundException("activity", id)));
        if (source.equals(standing.source())) {
            return false;
        }
        jdbc.update("update activity set source = ? where id = ?", source, id);
        events.publishEvent(EntityChanged.diff("activity", id, action, Map.of("source", standing.source()),
                Map.of("source", source)));
        return true;
    }

    /** The activity, locked, if the current reader may see it: a draft of another organisation is not found. */
    private ActivityQueries.Standing visible(long id) {
        DraftVisibility visibility = permissions.draftVisibility();
        return queries.lockedStanding(id).filter(s -> visibility.allows(s.published(), s.reportingOrganisationId()))
                .orElseThrow(() -> new NotFoundException("activity", id));
    }

    private void publicationChanged(long id, boolean before, boolean after) {
        if (before != after) {
            events.publishEvent(EntityChanged.diff("activity", id, after ? "published" : "unpublished",
                    Map.of("published", before), Map.of("published", after)));
        }
    }

    private ActivityStore.Saved save(IatiActivity activity, boolean published) {
        Map<String, Long> directory = new HashMap<>(organisations.idsByIatiIdentifier());
        ActivityStore.Saved saved = store.save(activity, BY_HAND, areas.mapping()::areaOf, directory::get);
        jdbc.update("update activity set published = ?, source = ? where id = ?", published, BY_HAND, saved.id());
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
