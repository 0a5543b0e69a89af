package org.concord.accounts.internal;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetails implements UserDetailsService {

    private final AccountRepository accounts;

    AccountDetails(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return principal(account);
    }

    static AccountPrincipal principal(Account account) {
        return new AccountPrincipal(account.actor(), account.displayName(), account.passwordHash(), account.active(),
                account.mustChangePassword());
    }
}
