package org.concord.shared.security;

import java.util.Optional;
import java.util.function.Predicate;
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

    /** Asks whether the current person passes {@code rule}; nobody signed in passes nothing. */
    public static boolean allows(Predicate<Actor> rule) {
        return find().map(rule::test).orElse(false);
    }

    /**
     * Enforces {@code rule}: nobody signed in is an authentication failure (401, or the sign-in page), someone
     * signed in who fails it is refused (403). Returns who acts.
     */
    public static Actor enforce(Predicate<Actor> rule) {
        Actor actor = require();
        check(rule.test(actor));
        return actor;
    }
}
