package org.concord.shared.security;

import java.util.Collection;
import java.util.Set;

/** The signed-in person as the permission checks of every module see them. */
public record Actor(long accountId, String username, Set<Grant> grants) implements java.io.Serializable {

    public static final String SYSTEM = "system";

    public boolean isAdmin() {
        return grants.stream().anyMatch(g -> g.role() == Role.ADMIN);
    }

    /** Holds {@code role} within {@code organisationId}'s scope (or everywhere). */
    public boolean has(Role role, Long organisationId) {
        return grants.stream().anyMatch(g -> g.role() == role
                && (g.organisationId() == null || g.organisationId().equals(organisationId)));
    }

    /** Holds {@code role} within the scope of at least one of {@code organisationIds}. */
    public boolean hasInAny(Role role, Collection<Long> organisationIds) {
        return organisationIds.stream().anyMatch(id -> has(role, id));
    }

    public boolean hasAnywhere(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }
}
