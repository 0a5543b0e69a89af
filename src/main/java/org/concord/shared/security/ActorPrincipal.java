package org.concord.shared.security;

/** Implemented by the authenticated principal, so that modules can ask who acts without knowing accounts. */
public interface ActorPrincipal {
    Actor actor();
}
