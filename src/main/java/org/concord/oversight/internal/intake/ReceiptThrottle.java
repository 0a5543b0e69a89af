package org.concord.oversight.internal.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.concord.oversight.internal.crypto.ServerSecret;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong receipts slow down whoever types them, on every instance alike. Two counters: one per source (a truncated
 * HMAC of the address under the server secret, so no address is stored: 5 wrong receipts in 15 minutes, then a wait
 * of 30 s doubling to at most an hour) and one for everybody (200 in 15 minutes, then 10 s doubling to 15 minutes),
 * which bounds a guesser spread over many addresses. With 10^16 receipts, that leaves guessing hopeless.
 * A right receipt counts nothing. Counted in a transaction of their own, so a failure is counted whatever follows.
 */
@Component
class ReceiptThrottle {

    record Limit(String scope, int attempts, Duration window, Duration firstDelay, Duration longestDelay) {
    }

    static final Limit PER_SOURCE = new Limit("source", 5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofHours(1));
    static final Limit GLOBAL = new Limit("global", 200, Duration.ofMinutes(15), Duration.ofSeconds(10), Duration.ofMinutes(15));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ServerSecret secret;

    ReceiptThrottle(JdbcClient jdbc, Clock clock, ServerSecret secret) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.secret = secret;
    }

    String source(String address) {
        return HexFormat.of().formatHex(secret.mac("throttle-source", address == null ? "" : address), 0, 16);
    }

    /** How long this source must still wait before trying a receipt; empty when it may try now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Duration> wait(String address) {
        OffsetDateTime now = now();
        return jdbc.sql("""
                        select max(blocked_until) from oversight_receipt_throttle
                        where ((scope = 'source' and key = :source) or (scope = 'global' and key = '')) and blocked_until > :now""")
                .param("source", source(address)).param("now", now)
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .map(until -> Duration.between(now, until));
    }

    /** Counts a wrong receipt against the source and against everybody. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String address) {
        OffsetDateTime now = now();
        count(PER_SOURCE, source(address), now);
        count(GLOBAL, "", now);
        jdbc.sql("delete from oversight_receipt_throttle where window_start < :old and (blocked_until is null or blocked_until < :now)")
                .param("old", now.minus(PER_SOURCE.window())).param("now", now).update();
    }

    private void count(Limit limit, String key, OffsetDateTime now) {
        jdbc.sql("""
                        insert into oversight_receipt_throttle as t (scope, key, attempts, window_start)
                        values (:scope, :key, 1, :now)
                        on conflict (scope, key) do update set
                            attempts = case when t.window_start + :window * interval '1 second' <= :now then 1
                                            else t.attempts + 1 end,
                            window_start = case when t.window_start + :window * interval '1 second' <= :now then :now
                                                else t.window_start end,
                            blocked_until = case
                                when t.window_start + :window * interval '1 second' <= :now then null
                                when t.attempts + 1 >= :limit then :now + least(:longest,
                                        :first * power(2, least(t.attempts + 1 - :limit, 20))) * interval '1 second'
                                else t.blocked_until end""")
                .param("scope", limit.scope()).param("key", key).param("now", now)
                .param("window", limit.window().toSeconds()).param("limit", limit.attempts())
                .param("first", limit.firstDelay().toSeconds()).param("longest", limit.longestDelay().toSeconds())
                .update();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
