package org.concord.accounts.internal;

import java.time.Duration;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a username and password against the account table, refusing throttled accounts before
 * looking at the password, and counting failures.
 */
class AccountAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    AccountAuthentication(UserDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        // check "deactivated" only after the password matched, so a guesser learns nothing about the account
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account deactivated");
            }
        });
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getPrincipal()).trim().toLowerCase(Locale.ROOT);
        Duration wait = throttle.waitFor(username);
        if (!wait.isZero()) {
            throw new SignInThrottledException(wait);
        }
        UsernamePasswordAuthenticationToken normalised = UsernamePasswordAuthenticationToken.unauthenticated(
                username, authentication.getCredentials());
        try {
            Authentication result = passwords.authenticate(normalised);
            throttle.succeeded(username);
            AccountPrincipal principal = ((AccountPrincipal) result.getPrincipal()).withoutPassword();
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                    principal, null, principal.getAuthorities());
            token.setDetails(authentication.getDetails());
            return token;
        } catch (BadCredentialsException | UsernameNotFoundException e) {
            throttle.failed(username);
            throw new BadCredentialsException("Wrong username or password");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
