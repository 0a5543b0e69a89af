package org.concord.projects.internal;

import java.util.List;
import java.util.Set;
import org.concord.organisations.Organisations;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with activities and everything around them: drafts, hand entry, imports, the reference tables
 * (reform areas, exchange rates), overlap triage and national priorities. The one place these rules live: services
 * call the {@code check…} methods inside their commands; pages and the API only ask the {@code may…} questions, to
 * show or hide what a person may use.
 *
 * <p>{@code check…} refuses nobody-signed-in with an authentication failure (401, or the sign-in page) and a
 * signed-in person without the right with 403.
 */
@Component
public class ActivityPermissions {

    private final Organisations organisations;

    ActivityPermissions(Organisations organisations) {
        this.organisations = organisations;
    }

    // ------------------------------------------------------------- reading

    /**
     * Which activities the current reader may see: published ones, and drafts for the members (any role) of the
     * reporting organisation or of one above it, and for administrators. Nobody signed in sees no draft; nor does a
     * member of another organisation, or of one below the reporting organisation.
     */
    @Transactional(readOnly = true)
    public DraftVisibility draftVisibility() {
        Actor actor = CurrentActor.find().orElse(null);
        if (actor == null) {
            return DraftVisibility.NONE;
        }
        if (actor.isAdmin() || actor.grants().stream().anyMatch(g -> g.organisationId() == null)) {
            return DraftVisibility.ALL;
        }
        List<Long> memberOf = actor.grants().stream().map(Grant::organisationId).distinct().toList();
        return memberOf.isEmpty() ? DraftVisibility.NONE
                : new DraftVisibility(false, organisations.descendantsAndSelf(memberOf));
    }

    // ------------------------------------------------------------- activities

    /** May the current person enter activities by hand at all (an administrator, or a coordinator anywhere)? */
    public boolean mayEnterActivities() {
        return CurrentActor.allows(ActivityPermissions::coordinatesAnything);
    }

    public void checkMayEnterActivities() {
        CurrentActor.enforce(ActivityPermissions::coordinatesAnything);
    }

    /**
     * May the current person write this activity: an administrator, or a coordinator of its reporting organisation
     * (the directory organisation whose IATI identifier is its reporting-org ref) or of one above it? The same people
     * publish and unpublish it, hand it over to file imports and take it back to hand editing.
     */
    @Transactional(readOnly = true)
    public boolean mayEdit(IatiActivity activity) {
        return CurrentActor.allows(a -> reports(a, activity));
    }

    @Transactional(readOnly = true)
    public void checkMayEdit(IatiActivity activity) {
        CurrentActor.enforce(a -> reports(a, activity));
    }

    /** The page form edits only activities entered by hand (an imported one is corrected in its file). */
    @Transactional(readOnly = true)
    public boolean mayEditOnForm(IatiActivity activity, String source) {
        return "manual".equals(source) && mayEdit(activity);
    }

    @Transactional(readOnly = true)
    public void checkMayEditOnForm(IatiActivity activity, String source) {
        CurrentActor.enforce(a -> "manual".equals(source) && reports(a, activity));
    }

    /**
     * The directory organisations the current person may report activities for: those they coordinate and everything
     * below them; {@code null} for an administrator, who may report for any.
     */
    @Transactional(readOnly = true)
    public Set<Long> reportingOrganisations() {
        Actor actor = CurrentActor.require();
        if (actor.isAdmin()) {
            return null;
        }
        return organisations.descendantsAndSelf(actor.grants().stream()
                .filter(g -> g.role() == Role.COORDINATOR && g.organisationId() != null)
                .map(Grant::organisationId).toList());
    }

    private boolean reports(Actor actor, IatiActivity activity) {
        if (actor.isAdmin()) {
            return true;
        }
        String ref = activity.reportingOrg() == null ? null : activity.reportingOrg().ref();
        Long organisation = ref == null ? null : organisations.idsByIatiIdentifier().get(ref);
        return organisation != null && actor.hasInAny(Role.COORDINATOR, organisations.ancestorsAndSelf(organisation));
    }

    // ------------------------------------------------------------- imports

    /** Administrators and coordinators import; an import adds published open data, whoever published it. */
    public boolean mayImport() {
        return CurrentActor.allows(ActivityPermissions::coordinatesAnything);
    }

    /** Returns who imports, for the job's record. */
    public Actor checkMayImport() {
        return CurrentActor.enforce(ActivityPermissions::coordinatesAnything);
    }

    /** Anyone signed in follows imports and reads their reports. */
    public void checkMayFollowImports() {
        CurrentActor.require();
    }

    // ------------------------------------------------------------- reference tables

    /** Reform areas, their DAC mapping and exchange rates: administrators only (every figure depends on them). */
    public boolean mayEditReferenceData() {
        return CurrentActor.allows(Actor::isAdmin);
    }

    public void checkMayEditReferenceData() {
        CurrentActor.enforce(Actor::isAdmin);
    }

    // ------------------------------------------------------------- overlaps

    /**
     * Administrators and coordinators (of any organisation: overlaps cut across organisations) decide pairs and tune
     * the detection; anyone signed in reads them.
     */
    public boolean mayTriageOverlaps() {
        return CurrentActor.allows(ActivityPermissions::coordinatesAnything);
    }

    /** Returns who decides, for the decision's record. */
    public Actor checkMayTriageOverlaps() {
        return CurrentActor.enforce(ActivityPermissions::coordinatesAnything);
    }

    // ------------------------------------------------------------- national priorities

    /** National coordinators keep a country's priorities: coordinators of any organisation, and administrators. */
    public boolean mayEditPriorities() {
        return CurrentActor.allows(ActivityPermissions::coordinatesAnything);
    }

    public void checkMayEditPriorities() {
        CurrentActor.enforce(ActivityPermissions::coordinatesAnything);
    }

    private static boolean coordinatesAnything(Actor actor) {
        return actor.isAdmin() || actor.hasAnywhere(Role.COORDINATOR);
    }
}
