package org.concord.accounts.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and checking; needed with or without the web server (e.g. the first administrator). */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // prefixed hashes ({argon2}…) so that a later algorithm can be introduced without a flag day
        return new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    AccountAuthentication accountAuthentication(AccountDetails details, PasswordEncoder encoder, SignInThrottle throttle) {
        return new AccountAuthentication(details, encoder, throttle);
    }
}
