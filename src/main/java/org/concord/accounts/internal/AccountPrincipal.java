package org.concord.accounts.internal;

import java.util.Collection;
import java.util.List;
import org.concord.shared.security.Actor;
import org.concord.shared.security.ActorPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as kept in the session (serialised into PostgreSQL by Spring Session). */
record AccountPrincipal(Actor actor, String displayName, String passwordHash, boolean active,
                        boolean mustChangePassword) implements UserDetails, ActorPrincipal, CredentialsContainer {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        actor.grants().stream().map(g -> "ROLE_" + g.role().name()).distinct()
                .forEach(r -> authorities.add(new SimpleGrantedAuthority(r)));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        // records are immutable; the session copy is made by withoutPassword()
    }

    AccountPrincipal withoutPassword() {
        return new AccountPrincipal(actor, displayName, null, active, mustChangePassword);
    }

    AccountPrincipal passwordChanged() {
        return new AccountPrincipal(actor, displayName, null, active, false);
    }
}
