package org.concord.oversight.internal.cases;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and run cases: the oversight officers of the body that received the report, and nobody else, not
 * even an administrator (a case is the reporter's matter and the body's; administrators run the platform). Anyone
 * else is told the case does not exist (404), not that it is forbidden.
 */
@Component
public class CasePermissions {

    /** May the current person see and run the cases of this body? */
    public boolean mayRun(long organisationId) {
        return CurrentActor.allows(a -> a.has(Role.OVERSIGHT_OFFICER, organisationId));
    }

    /** Does the current person run the cases of any body at all (the list page)? */
    public boolean mayRunAny() {
        return CurrentActor.allows(a -> a.hasAnywhere(Role.OVERSIGHT_OFFICER));
    }

    /**
     * The bodies whose cases the current person runs; empty Optional = every body (an officer grant without
     * organisation), empty set = none.
     */
    Optional<Set<Long>> bodies() {
        Actor actor = CurrentActor.require();
        Set<Grant> grants = actor.grants().stream().filter(g -> g.role() == Role.OVERSIGHT_OFFICER)
                .collect(Collectors.toSet());
        if (grants.stream().anyMatch(g -> g.organisationId() == null)) {
            return Optional.empty();
        }
        return Optional.of(grants.stream().map(Grant::organisationId).collect(Collectors.toSet()));
    }
}
