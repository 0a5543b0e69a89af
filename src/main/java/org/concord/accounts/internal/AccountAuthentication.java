package org.concord.accounts.internal;

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
 * Checks a username and password against the account table, for the sign-in form and the API's HTTP Basic alike.
 * The attempt is first reserved with the {@link SignInThrottle} (per username and source address, and per address),
 * so a refused attempt costs no password check and parallel attempts cannot overrun the limit. A username that does
 * not exist gets the same answer as a wrong password, counted the same way, after the same work:
 * {@link DaoAuthenticationProvider} then checks the password against a fixed Argon2 hash, so the two take equal time.
 */
class AccountAuthentication implements AuthenticationProvider {

    static final String WRONG = "Wrong username or password";

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
        String username = SignInThrottle.key(String.valueOf(authentication.getPrincipal()));
        SignInThrottle.Reservation reservation = throttle.reserve(username, SourceAddress.of(authentication.getDetails()));
        UsernamePasswordAuthenticationToken normalised = UsernamePasswordAuthenticationToken.unauthenticated(
                username, authentication.getCredentials());
        Authentication result;
        try {
            result = passwords.authenticate(normalised);
        } catch (BadCredentialsException | UsernameNotFoundException e) {
            throttle.failed(reservation);
            throw new BadCredentialsException(WRONG);
        } catch (RuntimeException e) {
            // the password was right but the account is deactivated, or it could not be checked: not a guess
            throttle.released(reservation);
            throw e;
        }
        throttle.succeeded(reservation);
        AccountPrincipal principal = ((AccountPrincipal) result.getPrincipal()).withoutPassword();
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities());
        token.setDetails(authentication.getDetails());
        return token;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
