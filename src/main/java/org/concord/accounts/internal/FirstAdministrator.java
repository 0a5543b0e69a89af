package org.concord.accounts.internal;

import java.util.Locale;
import org.concord.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the first start (no account at all) creates {@code admin} with the password from
 * {@code CONCORD_ADMIN_PASSWORD}, or a random one-time password written once to the log.
 * Either way the administrator must choose a new password at first sign-in.
 * <p>
 * A given password that breaks the password rules stops the start, saying why: until its first sign-in the
 * administrator account is open to whoever guesses that password first, and the operator who set it is there to
 * choose another. Later starts ignore the setting, so a weak value left in an environment never stops a running
 * installation.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final Environment environment;
    private final MessageSource messages;

    FirstAdministrator(AccountService accounts, Environment environment, MessageSource messages) {
        this.accounts = accounts;
        this.environment = environment;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        String given = environment.getProperty("concord.admin.password");
        String password = given == null || given.isBlank() ? AccountService.oneTimePassword() : given;
        boolean created;
        try {
            created = accounts.createFirstAdministrator("admin", password);
        } catch (InvalidInputException refused) {
            InvalidInputException.FieldError rule = refused.errors().get(0);
            throw new IllegalStateException("CONCORD_ADMIN_PASSWORD (concord.admin.password) is refused: "
                    + messages.getMessage(rule.messageKey(), rule.arguments(), Locale.ENGLISH)
                    + " Choose a password of a few unrelated words, or leave the setting unset to have a random "
                    + "one-time password written to the log.", refused);
        }
        if (created) {
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
