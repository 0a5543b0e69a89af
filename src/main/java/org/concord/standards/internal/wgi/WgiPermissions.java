package org.concord.standards.internal.wgi;

import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Role;
import org.springframework.stereotype.Component;

/** Who may map columns and import the governance indicators: an administrator, or a coordinator of the owner. */
@Component
public class WgiPermissions {

    /** May import for {@code organisationId} (the owner of the mapping and of the indicators it creates). */
    public boolean mayImport(long organisationId) {
        return CurrentActor.find().map(a -> a.isAdmin()
                || a.has(Role.COORDINATOR, organisationId)).orElse(false);
    }

    /** May open the import page at all: an administrator or a coordinator of some organisation. */
    public boolean mayImportAnywhere() {
        return CurrentActor.find().map(a -> a.isAdmin() || a.hasAnywhere(Role.COORDINATOR)).orElse(false);
    }

    /** The organisations {@code actor} may import for, or null for every organisation (an administrator). */
    public java.util.Set<Long> importableOrganisations(Actor actor) {
        if (actor.isAdmin()) {
            return null;
        }
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        actor.grants().stream().filter(g -> g.role() == Role.COORDINATOR && g.organisationId() != null)
                .forEach(g -> ids.add(g.organisationId()));
        return ids;
    }
}
