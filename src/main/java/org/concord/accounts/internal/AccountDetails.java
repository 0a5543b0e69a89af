package org.concord.accounts.internal;

import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetails implements UserDetailsService {

    private final AccountRepository accounts;
    private final JdbcClient jdbc;

    AccountDetails(AccountRepository accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return principal(account);
    }

    /**
     * What a session signed in as {@code signedIn} may do now: the same principal while the account is unchanged
     * (one read of its version), the account's present roles after a change, and nothing (the session ends) once the
     * account is deactivated or deleted or its password is no longer the one the session was signed in with.
     */
    @Transactional(readOnly = true)
    public Optional<AccountPrincipal> current(AccountPrincipal signedIn) {
        long id = signedIn.actor().accountId();
        Optional<Long> version = jdbc.sql("select version from account where id = ?").param(id).query(Long.class).optional();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        if (version.get() == signedIn.accountVersion()) {
            return Optional.of(signedIn);
        }
        return accounts.findById(id).map(AccountDetails::principal)
                .filter(now -> now.active() && now.passwordStamp().equals(signedIn.passwordStamp()))
                .map(AccountPrincipal::withoutPassword);
    }

    /** The signed-in person's principal as the account stands now (after they changed their own password). */
    @Transactional(readOnly = true)
    public AccountPrincipal reload(long accountId) {
        return accounts.findById(accountId).map(AccountDetails::principal).orElseThrow().withoutPassword();
    }

    static AccountPrincipal principal(Account account) {
        return new AccountPrincipal(account.actor(), account.displayName(), account.passwordHash(), account.active(),
                account.mustChangePassword(), account.version(), AccountPrincipal.passwordStamp(account.passwordHash()));
    }
}
