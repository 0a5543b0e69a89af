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
 * Wrong receipts slow down whoever types them, on every instance alike. Counted per source: a truncated HMAC of the
 * address under the server secret, so no address is stored (an IPv6 address counts by its /64, which one subscriber
 * usually holds whole): 5 wrong receipts in 15 minutes, then a wait of 30 s doubling to at most an hour. Behind a
 * proxy the source is the client's address only when server.forward-headers-strategy is set (README); otherwise every
 * reporter is the proxy and shares one counter.
 *
 * <p>Above that, a ceiling for everybody (200 wrong receipts in 15 minutes) bounds a guesser spread over many
 * addresses, but it only slows and never locks out: while it is passed, each source that types a wrong receipt waits at
 * least a minute before its next try, and a source with no wrong receipt on record tries at once. One attacker can
 * therefore never stop reporters from opening their reports with the right receipt. (A receipt does not name its
 * channel, so the ceiling cannot be kept per channel.) With 10^16 receipts and Argon2id on every try, guessing stays
 * hopeless. A right receipt counts nothing. Counted in a transaction of their own, so a failure is counted whatever
 * follows.
 */
@Component
class ReceiptThrottle {

    record Limit(String scope, int attempts, Duration window, Duration firstDelay, Duration longestDelay) {
    }

    static final Limit PER_SOURCE = new Limit("source", 5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofHours(1));
    /** The ceiling for everybody: past it, each failing source waits {@link #SLOWED} (first and longest delay). */
    static final Limit GLOBAL = new Limit("global", 200, Duration.ofMinutes(15), Duration.ofSeconds(60), Duration.ofSeconds(60));
    static final Duration SLOWED = GLOBAL.firstDelay();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ServerSecret secret;

    ReceiptThrottle(JdbcClient jdbc, Clock clock, ServerSecret secret) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.secret = secret;
    }

    String source(String address) {
        return HexFormat.of().formatHex(secret.mac("throttle-source", network(address)), 0, 16);
    }

    /** The address as counted: an IPv4 address whole, an IPv6 address by its first 64 bits. */
    static String network(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        if (!address.contains(":")) {
            return address;
        }
        try {
            // a literal with a colon is parsed, never looked up
            byte[] bytes = java.net.InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1)
                    : address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (java.net.UnknownHostException | IllegalArgumentException e) {
            return address;
        }
    }

    /** How long this source must still wait before trying a receipt; empty when it may try now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Duration> wait(String address) {
        OffsetDateTime now = now();
        return jdbc.sql("""
                        select max(blocked_until) from oversight_receipt_throttle
                        where scope = 'source' and key = :source and blocked_until > :now""")
                .param("source", source(address)).param("now", now)
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .map(until -> Duration.between(now, until));
    }

    /**
     * Counts a wrong receipt against the source and against everybody; past the ceiling for everybody, the source
     * waits at least {@link #SLOWED} before its next try.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String address) {
        OffsetDateTime now = now();
        String source = source(address);
        count(PER_SOURCE, source, now);
        int everybody = jdbc.sql("""
                        insert into oversight_receipt_throttle as t (scope, key, attempts, window_start)
                        values ('global', '', 1, :now)
                        on conflict (scope, key) do update set
                            attempts = case when t.window_start + :window * interval '1 second' <= :now then 1
                                            else t.attempts + 1 end,
                            window_start = case when t.window_start + :window * interval '1 second' <= :now then :now
                                                else t.window_start end,
                            blocked_until = null
                        returning attempts""")
                .param("now", now).param("window", GLOBAL.window().toSeconds()).query(Integer.class).single();
        if (everybody > GLOBAL.attempts()) {
            jdbc.sql("""
                            update oversight_receipt_throttle set blocked_until = greatest(blocked_until, :until)
                            where scope = 'source' and key = :source""")
                    .param("until", now.plus(SLOWED)).param("source", source).update();
        }
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
