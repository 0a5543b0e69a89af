package org.concord;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.concord.shared.security.Actor;
import org.concord.shared.security.ActorPrincipal;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signed-in people for tests, without going through the sign-in form. */
public final class TestActors {

    private TestActors() {
    }

    public record Principal(Actor actor) implements ActorPrincipal, java.io.Serializable {
        @Override
        public String toString() {
            return actor.username();
        }
    }

    public static Authentication as(String username, Grant... grants) {
        Actor actor = new Actor(Math.abs(username.hashCode()), username, new HashSet<>(Arrays.asList(grants)));
        return UsernamePasswordAuthenticationToken.authenticated(new Principal(actor), null,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
    }

    public static Authentication admin() {
        return as("test-admin", new Grant(Role.ADMIN, null));
    }

    /** Runs {@code work} as {@code who} in the calling thread (for service-level tests). */
    public static <T> T runAs(Authentication who, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
