package org.concord.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.concord.shared.security.Actor;
import org.concord.shared.security.ActorPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as kept in the session (serialised into PostgreSQL by Spring Session). {@code accountVersion}
 * is the account row's version when this was read and {@code passwordStamp} a digest of the password hash it held:
 * {@link AccountSessionCheck} compares the first on every request, and reads the account again when it moved.
 */
public record AccountPrincipal(Actor actor, String displayName, String passwordHash, boolean active,
                        boolean mustChangePassword, long accountVersion, String passwordStamp)
        implements UserDetails, ActorPrincipal, CredentialsContainer {

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
        return new AccountPrincipal(actor, displayName, null, active, mustChangePassword, accountVersion, passwordStamp);
    }

    /**
     * A digest of a password hash: enough for a session to notice that the password changed since it was signed in
     * (a reset, or a change in another session), without the session holding the hash itself.
     */
    static String passwordStamp(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
