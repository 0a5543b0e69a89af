package org.concord.accounts.internal;

import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Who may do what with accounts: administrators create accounts, give roles, deactivate and reset passwords;
 * everyone signed in changes their own password and the language Concord writes to them in. {@link AccountService} enforces these answers; pages only ask.
 */
@Component
class AccountPermissions {

    /** May the current person administer accounts (an administrator)? */
    boolean mayAdministerAccounts() {
        return CurrentActor.allows(Actor::isAdmin);
    }

    void checkMayAdministerAccounts() {
        CurrentActor.enforce(Actor::isAdmin);
    }

    /** Whoever has signed in changes their own password; returns who that is. */
    Actor checkMayChangeOwnPassword() {
        return CurrentActor.require();
    }

    /** Whoever has signed in chooses their own language; returns who that is. */
    Actor checkMayChangeOwnLanguage() {
        return CurrentActor.require();
    }
}
