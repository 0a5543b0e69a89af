package org.concord.shared.security;

/** A role held within one organisation's scope; {@code organisationId == null} means every organisation. */
public record Grant(Role role, Long organisationId) implements java.io.Serializable {
}
