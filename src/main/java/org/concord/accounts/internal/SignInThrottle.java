package org.concord.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.concord.audit.EntityChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing, with its counts in PostgreSQL so that every instance sees the same ones. Two counters
 * take each attempt: one for the attempted username from the source address ({@link #PER_ACCOUNT_AND_ADDRESS}), so
 * that guesses from one place never refuse the owner elsewhere, and one for the source address whatever the username
 * ({@link #PER_ADDRESS}), so that one place cannot try a password on many accounts. Past a counter's limit, one more
 * attempt is allowed per delay, the delay doubling from 30 s to 1 hour; a counter starts afresh when its window has
 * passed. A username that does not exist is counted like one that does, so the answers tell nothing.
 * <p>
 * An attempt is reserved on both counters, each in one atomic statement, <em>before</em> its password is checked, so
 * that parallel attempts cannot all pass a check of the count made before any of them failed. A successful sign-in
 * forgets the username's failures from that address and hands its reservation on the address back; so does an
 * attempt whose password was right (a deactivated account) or that could not be checked.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    /** A counter's rules. {@code attempts} is at least 2: the first attempt of a window is never refused. */
    record Limit(String scope, int attempts, Duration window, Duration firstDelay, Duration longestDelay) {
    }

    static final Limit PER_ACCOUNT_AND_ADDRESS =
            new Limit("account", 5, Duration.ofHours(24), Duration.ofSeconds(30), Duration.ofHours(1));
    static final Limit PER_ADDRESS =
            new Limit("address", 30, Duration.ofHours(1), Duration.ofSeconds(30), Duration.ofHours(1));

    /** Attempted usernames are stored up to this length: longer ones cannot exist, and may share a counter. */
    static final int USERNAME_KEPT = 200;

    /** An attempt reserved on both counters; hand it back with one of succeeded, failed or released. */
    record Reservation(String username, String address, int attempts, Instant blockedUntil) {
    }

    /** A username's count from one address, for administrators; {@code refusedUntil} null when not refused now. */
    record Count(String address, int failedAttempts, Instant refusedUntil) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInThrottle(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    static String key(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return key.length() > USERNAME_KEPT ? key.substring(0, USERNAME_KEPT) : key;
    }

    /**
     * Reserves an attempt for {@code username} from {@code address} (see {@link SourceAddress}), or refuses it, saying
     * how long to wait, without any password being checked.
     */
    Reservation reserve(String username, String address) {
        String key = key(username);
        OffsetDateTime now = now();
        Reserved onAccount = take(PER_ACCOUNT_AND_ADDRESS, key, address, now);
        if (onAccount == null) {
            throw refusal(PER_ACCOUNT_AND_ADDRESS, key, address, now);
        }
        if (take(PER_ADDRESS, "", address, now) == null) {
            giveBack(PER_ACCOUNT_AND_ADDRESS, key, address, now);
            throw refusal(PER_ADDRESS, "", address, now);
        }
        return new Reservation(key, address, onAccount.attempts(),
                onAccount.blockedUntil() == null ? null : onAccount.blockedUntil().toInstant());
    }

    /** The password was right: the username's failures from this address are forgotten. */
    void succeeded(Reservation reservation) {
        OffsetDateTime now = now();
        jdbc.sql("delete from sign_in_throttle where scope = :scope and username = :username and address = :address")
                .param("scope", PER_ACCOUNT_AND_ADDRESS.scope()).param("username", reservation.username())
                .param("address", reservation.address()).update();
        giveBack(PER_ADDRESS, "", reservation.address(), now);
        jdbc.sql("update account set last_sign_in = :now where username = :username")
                .param("now", now).param("username", reservation.username()).update();
    }

    /** The password was wrong: the reservation stays counted; the audit log hears when it made an account refused. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(Reservation reservation) {
        if (reservation.attempts() < PER_ACCOUNT_AND_ADDRESS.attempts()) {
            return;
        }
        log.warn("Sign-in refused for username '{}' from {} until {}: {} failed attempts", reservation.username(),
                reservation.address(), reservation.blockedUntil(), reservation.attempts());
        jdbc.sql("select id from account where username = :username").param("username", reservation.username())
                .query(Long.class).optional()
                .ifPresent(id -> events.publishEvent(EntityChanged.diff("account", id, "sign-in-throttled",
                        EntityChanged.snapshot(), EntityChanged.snapshot("failedAttempts", reservation.attempts(),
                                "address", reservation.address(), "refusedUntil", reservation.blockedUntil()))));
    }

    /** The attempt does not count: the password was right but the account is deactivated, or it could not be checked. */
    void released(Reservation reservation) {
        OffsetDateTime now = now();
        giveBack(PER_ACCOUNT_AND_ADDRESS, reservation.username(), reservation.address(), now);
        giveBack(PER_ADDRESS, "", reservation.address(), now);
    }

    /** The username's counts from every address, for an administrator; those whose window has passed are left out. */
    List<Count> counts(String username) {
        OffsetDateTime now = now();
        return jdbc.sql("""
                        select address, attempts, case when blocked_until > :now then blocked_until end
                        from sign_in_throttle
                        where scope = :scope and username = :username and attempts > 0
                          and (window_start + :window * interval '1 second' > :now or blocked_until > :now)
                        order by 3 desc nulls last, address""")
                .param("scope", PER_ACCOUNT_AND_ADDRESS.scope()).param("username", key(username))
                .param("window", PER_ACCOUNT_AND_ADDRESS.window().toSeconds()).param("now", now)
                .query((rs, i) -> new Count(rs.getString(1), rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class) == null ? null : rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Forgets the username's failures from every address; returns from how many addresses. */
    int clear(String username) {
        return jdbc.sql("delete from sign_in_throttle where scope = :scope and username = :username")
                .param("scope", PER_ACCOUNT_AND_ADDRESS.scope()).param("username", key(username)).update();
    }

    /** Removes the counters that no longer refuse anything and whose window has passed; returns how many. */
    int purge() {
        OffsetDateTime now = now();
        return jdbc.sql("""
                        delete from sign_in_throttle
                        where (blocked_until is null or blocked_until <= :now)
                          and ((scope = 'account' and window_start + :accountWindow * interval '1 second' <= :now)
                            or (scope = 'address' and window_start + :addressWindow * interval '1 second' <= :now))""")
                .param("now", now).param("accountWindow", PER_ACCOUNT_AND_ADDRESS.window().toSeconds())
                .param("addressWindow", PER_ADDRESS.window().toSeconds()).update();
    }

    private record Reserved(int attempts, OffsetDateTime blockedUntil) {
    }

    /**
     * Counts one attempt in one statement, the row lock serialising parallel attempts: a counter whose window has
     * passed starts again at 1; one refused until later is left as it is and nothing is returned; one reaching its
     * limit is refused from now for the delay its count has reached.
     */
    private Reserved take(Limit limit, String username, String address, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into sign_in_throttle as t (scope, username, address, attempts, window_start)
                        values (:scope, :username, :address, 1, :now)
                        on conflict (scope, username, address) do update set
                            attempts = case when t.window_start + :window * interval '1 second' <= :now then 1
                                            else t.attempts + 1 end,
                            window_start = case when t.window_start + :window * interval '1 second' <= :now then :now
                                                else t.window_start end,
                            blocked_until = case
                                when t.window_start + :window * interval '1 second' <= :now then null
                                when t.attempts + 1 >= :limit then :now + least(:longest,
                                        :first * power(2, least(t.attempts + 1 - :limit, 20))) * interval '1 second'
                                end
                        where t.blocked_until is null or t.blocked_until <= :now
                        returning attempts, blocked_until""")
                .param("scope", limit.scope()).param("username", username).param("address", address).param("now", now)
                .param("window", limit.window().toSeconds()).param("limit", limit.attempts())
                .param("first", limit.firstDelay().toSeconds()).param("longest", limit.longestDelay().toSeconds())
                .query((rs, i) -> new Reserved(rs.getInt(1), rs.getObject(2, OffsetDateTime.class)))
                .optional().orElse(null);
    }

    /** Hands a reservation back: one attempt fewer, and a refusal it started ends now. */
    private void giveBack(Limit limit, String username, String address, OffsetDateTime now) {
        jdbc.sql("""
                        update sign_in_throttle set attempts = greatest(attempts - 1, 0),
                            blocked_until = case when attempts - 1 >= :limit then least(blocked_until, :now) end
                        where scope = :scope and username = :username and address = :address""")
                .param("limit", limit.attempts()).param("now", now).param("scope", limit.scope())
                .param("username", username).param("address", address).update();
    }

    private SignInThrottledException refusal(Limit limit, String username, String address, OffsetDateTime now) {
        OffsetDateTime until = jdbc.sql("""
                        select blocked_until from sign_in_throttle
                        where scope = :scope and username = :username and address = :address""")
                .param("scope", limit.scope()).param("username", username).param("address", address)
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class)).optional().orElse(null);
        Duration wait = until == null ? Duration.ZERO : Duration.between(now, until);
        // handed back in the meantime: the next attempt may go ahead, but this one was refused
        return new SignInThrottledException(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait,
                limit == PER_ADDRESS);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
