package org.concord.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.concord.audit.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} failed attempts on one account,
 * each further attempt is refused for a delay that doubles (30 s, 1 min, 2 min, … up to 1 hour),
 * whatever password is given. A successful sign-in clears the count.
 */
@Component
class SignInThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration LONGEST_DELAY = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInThrottle(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** How long {@code username} must still wait before the next attempt; zero when it may try now. */
    Duration waitFor(String username) {
        Instant lockedUntil = jdbc.query("select locked_until from account where username = ?",
                rs -> rs.next() && rs.getTimestamp(1) != null ? rs.getTimestamp(1).toInstant() : null, username);
        if (lockedUntil == null) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(clock.instant(), lockedUntil);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username) {
        Integer attempts = jdbc.query(
                "update account set failed_attempts = failed_attempts + 1 where username = ? returning failed_attempts",
                rs -> rs.next() ? rs.getInt(1) : null, username);
        if (attempts == null || attempts < FREE_ATTEMPTS) {
            return;
        }
        Duration delay = delayAfter(attempts);
        Instant until = clock.instant().plus(delay);
        jdbc.update("update account set locked_until = ? where username = ?", Timestamp.from(until), username);
        Long id = jdbc.queryForObject("select id from account where username = ?", Long.class, username);
        events.publishEvent(EntityChanged.diff("account", id, "sign-in-throttled",
                EntityChanged.snapshot(), EntityChanged.snapshot("failedAttempts", attempts, "lockedUntil", until)));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.update("update account set failed_attempts = 0, locked_until = null, last_sign_in = ? where username = ?",
                Timestamp.from(clock.instant()), username);
    }

    static Duration delayAfter(int attempts) {
        int doublings = Math.min(attempts - FREE_ATTEMPTS, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }
}
