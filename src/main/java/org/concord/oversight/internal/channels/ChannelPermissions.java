package org.concord.oversight.internal.channels;

import java.util.Locale;
import org.concord.organisations.OrganisationType;
import org.concord.organisations.Organisations;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may administer a body's channels: administrators, and coordinators of that body when it is an oversight body.
 * Officers are recipients, not administrators of channels.
 */
@Component
public class ChannelPermissions {

    private final Organisations organisations;

    ChannelPermissions(Organisations organisations) {
        this.organisations = organisations;
    }

    public boolean mayAdminister(long organisationId) {
        return CurrentActor.allows(a -> mayAdminister(a, organisationId));
    }

    /** May the current person administer channels of any body (to show the link)? */
    public boolean mayAdministerAny() {
        return CurrentActor.allows(a -> a.isAdmin() || a.grants().stream()
                .anyMatch(g -> g.role() == Role.COORDINATOR && g.organisationId() != null
                        && mayAdminister(a, g.organisationId())));
    }

    public Actor checkMayAdminister(long organisationId) {
        return CurrentActor.enforce(a -> mayAdminister(a, organisationId));
    }

    private boolean mayAdminister(Actor actor, long organisationId) {
        if (actor.isAdmin()) {
            return true;
        }
        return actor.has(Role.COORDINATOR, organisationId) && organisations.find(organisationId, Locale.ENGLISH)
                .map(o -> o.type() == OrganisationType.OVERSIGHT_BODY).orElse(false);
    }
}
