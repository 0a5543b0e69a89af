package org.concord.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the first start (no account at all) creates {@code admin} with the password from
 * {@code CONCORD_ADMIN_PASSWORD}, or a random one-time password written once to the log.
 * Either way the administrator must choose a new password at first sign-in.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final Environment environment;

    FirstAdministrator(AccountService accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String given = environment.getProperty("concord.admin.password");
        String password = given == null || given.isBlank() ? AccountService.oneTimePassword() : given;
        if (accounts.createFirstAdministrator("admin", password)) {
            if (given == null || given.isBlank()) {
                log.warn("""

                        ================================================================
                         First start: created the administrator account.
                           username: admin
                           one-time password: {}
                         Sign in at /sign-in and choose a new password. This password
                         is shown only this once.
                        ================================================================""", password);
            } else {
                log.warn("First start: created the administrator account 'admin' with the password from "
                        + "CONCORD_ADMIN_PASSWORD; a new password is asked for at first sign-in.");
            }
        }
    }
}
