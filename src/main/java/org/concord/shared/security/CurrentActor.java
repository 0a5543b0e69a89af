package org.concord.shared.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in the current request, if anyone has signed in. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof ActorPrincipal p) {
            return Optional.of(p.actor());
        }
        return Optional.empty();
    }

    /** The actor, or an authentication failure (401) when nobody has signed in. */
    public static Actor require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("sign-in required"));
    }

    /** Fails with 403 unless {@code allowed}. */
    public static void check(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("not permitted");
        }
    }
}
