package org.concord.accounts.internal;

import java.time.Instant;
import java.util.List;
import org.concord.shared.security.Grant;

/** An account as the administration pages show it: never its password hash. */
public record AccountView(long id, String username, String displayName, String email, boolean active,
                          Instant lastSignIn, List<Grant> grants) {

    static AccountView of(Account a) {
        return new AccountView(a.id(), a.username(), a.displayName(), a.email(), a.active(), a.lastSignIn(),
                List.copyOf(a.grantSet()));
    }
}
