package org.concord.organisations.internal;

import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what in the directory. Anyone reads it. Administrators create and edit any organisation; a
 * coordinator edits the organisations they coordinate and those below them, and creates organisations below them.
 * {@link OrganisationService} enforces these answers in its commands; pages and the API only ask them, to offer
 * or hide buttons.
 */
@Component
public class OrganisationPermissions {

    private final OrganisationRepository organisations;

    OrganisationPermissions(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** May the current person create organisations at all (an administrator, or a coordinator anywhere)? */
    public boolean mayCreate() {
        return CurrentActor.allows(a -> a.isAdmin() || a.hasAnywhere(Role.COORDINATOR));
    }

    /** May the current person create an organisation below {@code parentId} (none: a top-level one)? */
    @Transactional(readOnly = true)
    public boolean mayCreateUnder(Long parentId) {
        return CurrentActor.allows(a -> mayCreateUnder(a, parentId));
    }

    /**
     * May the current person set or change an organisation's IATI identifier? Only administrators: the identifier
     * decides which imported activities the organisation reports, and so whose coordinators may change them.
     */
    public boolean mayChangeIatiIdentifier() {
        return CurrentActor.allows(a -> a.isAdmin());
    }

    /** May the current person edit this organisation? */
    @Transactional(readOnly = true)
    public boolean mayEdit(long organisationId) {
        return CurrentActor.allows(a -> mayEdit(a, organisationId));
    }

    void checkMayCreate() {
        CurrentActor.enforce(a -> a.isAdmin() || a.hasAnywhere(Role.COORDINATOR));
    }

    void checkMayCreateUnder(Long parentId) {
        CurrentActor.enforce(a -> mayCreateUnder(a, parentId));
    }

    void checkMayEdit(long organisationId) {
        CurrentActor.enforce(a -> mayEdit(a, organisationId));
    }

    /** Moving an organisation under another needs the right to create there. */
    void checkMayMove(long organisationId, Long currentParentId, Long newParentId) {
        checkMayEdit(organisationId);
        if (newParentId != null && !newParentId.equals(currentParentId)) {
            checkMayCreateUnder(newParentId);
        }
    }

    private boolean mayCreateUnder(Actor actor, Long parentId) {
        return actor.isAdmin() || (parentId != null && actor.hasInAny(Role.COORDINATOR, organisations.ancestorsAndSelf(parentId)));
    }

    private boolean mayEdit(Actor actor, long organisationId) {
        return actor.isAdmin() || actor.hasInAny(Role.COORDINATOR, organisations.ancestorsAndSelf(organisationId));
    }

}
