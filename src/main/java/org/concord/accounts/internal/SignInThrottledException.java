package org.concord.accounts.internal;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** Refused because of too many failed attempts; says how long to wait. */
class SignInThrottledException extends LockedException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-in attempts; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes to show a person, never zero. */
    long minutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
