package org.concord.accounts;

import java.util.Collection;
import java.util.List;
import org.concord.shared.Language;
import org.concord.shared.security.Role;

/** What other modules may ask of accounts: who people are, how to reach them, who holds a role where. */
public interface Accounts {

    /** The active ones among these accounts, in no particular order; unknown or deactivated ids are left out. */
    List<Recipient> recipients(Collection<Long> accountIds);

    /**
     * The active accounts holding {@code role} within any of these organisations, or everywhere (a grant without
     * organisation). For "holders of R in O or above", pass O and its ancestors.
     */
    List<Recipient> holders(Role role, Collection<Long> organisationIds);

    /** The signed-in person chooses the language Concord writes to them in; audited like every account change. */
    void changeOwnLanguage(Language language);

    /**
     * Whether {@code password} is the active account's current password: for a module that asks a signed-in person to
     * confirm it before it derives a key from it. Counts no failed attempt; callers throttle as they need.
     */
    boolean passwordMatches(long accountId, char[] password);
}
