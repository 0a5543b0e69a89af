package org.concord.accounts.internal;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * Refused, without the password being checked, because of too many failed attempts: with this username from this
 * address, or from this address whatever the username. Says how long to wait.
 */
class SignInThrottledException extends LockedException {

    private final Duration retryAfter;
    private final boolean wholeAddress;

    SignInThrottledException(Duration retryAfter, boolean wholeAddress) {
        super("Too many failed sign-in attempts" + (wholeAddress ? " from this address" : "") + "; try again in "
                + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
        this.wholeAddress = wholeAddress;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** True when the address is refused whatever the username; false when only this username from it. */
    boolean wholeAddress() {
        return wholeAddress;
    }

    /** Whole minutes to show a person, never zero. */
    long minutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }

    /** Whole seconds for a Retry-After header, never zero. */
    long seconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
