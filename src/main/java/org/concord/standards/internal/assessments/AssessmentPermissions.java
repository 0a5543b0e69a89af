package org.concord.standards.internal.assessments;

import java.util.List;
import org.concord.organisations.Organisations;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with assessment templates and assessments.
 * <ul>
 * <li>Templates: anyone reads them; administrators and coordinators (of any organisation) write them.</li>
 * <li>An institution's self-assessment: administrators and coordinators of the institution (or of one above it)
 * start, score and submit it.</li>
 * <li>The peer review: an evaluator who holds no role within the institution or one above it (no one reviews their
 * own institution, not even a global evaluator who also works there).</li>
 * <li>Publishing a reviewed assessment: administrators, the institution's coordinators, and its reviewer.</li>
 * <li>Reading: published assessments are public; an unpublished one only its institution's members (any role within
 * it or above it), evaluators and administrators may know of: to anyone else it does not exist (404).</li>
 * </ul>
 * {@link AssessmentService} and {@link TemplateService} enforce these; pages only ask.
 */
@Component
public class AssessmentPermissions {

    private final Organisations organisations;

    AssessmentPermissions(Organisations organisations) {
        this.organisations = organisations;
    }

    public boolean mayWriteTemplates() {
        return CurrentActor.allows(a -> a.isAdmin() || a.hasAnywhere(Role.COORDINATOR));
    }

    /** May start, score and submit the institution's self-assessments. */
    public boolean mayAssess(long organisationId) {
        return CurrentActor.allows(a -> a.isAdmin() || a.hasInAny(Role.COORDINATOR, scope(organisationId)));
    }

    /** May review the institution's assessments: an evaluator from outside it. */
    public boolean mayReview(long organisationId) {
        return CurrentActor.allows(a -> a.hasAnywhere(Role.EVALUATOR) && !isMember(a, scope(organisationId)));
    }

    public boolean mayPublish(Assessment assessment) {
        return mayPublish(assessment.organisationId(), assessment.reviewer());
    }

    public boolean mayPublish(long organisationId, String reviewer) {
        return CurrentActor.allows(a -> a.isAdmin() || a.hasInAny(Role.COORDINATOR, scope(organisationId))
                || a.username().equals(reviewer));
    }

    /** May know the assessment exists. */
    public boolean mayRead(Assessment assessment) {
        return assessment.published() || mayReadUnpublished(assessment.organisationId());
    }

    /** May see the institution's unpublished assessments. */
    public boolean mayReadUnpublished(long organisationId) {
        return CurrentActor.allows(a -> a.isAdmin() || a.hasAnywhere(Role.EVALUATOR)
                || isMember(a, scope(organisationId)));
    }

    void checkMayWriteTemplates() {
        CurrentActor.enforce(a -> a.isAdmin() || a.hasAnywhere(Role.COORDINATOR));
    }

    void checkMayAssess(long organisationId) {
        CurrentActor.require();
        CurrentActor.check(mayAssess(organisationId));
    }

    void checkMayReview(long organisationId) {
        CurrentActor.require();
        CurrentActor.check(mayReview(organisationId));
    }

    void checkMayPublish(Assessment assessment) {
        CurrentActor.require();
        CurrentActor.check(mayPublish(assessment));
    }

    private List<Long> scope(long organisationId) {
        return organisations.ancestorsAndSelf(organisationId);
    }

    /** Holds a role within one of these organisations (a grant for every organisation does not make a member). */
    private static boolean isMember(Actor actor, List<Long> organisationIds) {
        return actor.grants().stream().map(Grant::organisationId).anyMatch(id -> id != null && organisationIds.contains(id));
    }
}
