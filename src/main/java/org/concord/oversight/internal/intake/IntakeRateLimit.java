package org.concord.oversight.internal.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At most {@code concord.oversight.intake-per-minute} reports a minute on one channel (default 30), counted in one
 * row per channel and minute that every instance shares. Counted in a short transaction of its own, before the
 * intake's CPU work and before its transaction: the counter's row lock is held for one statement.
 *
 * <p>Once the shared count has reached the limit, this instance remembers it until the minute ends (a count only
 * grows within its minute) and refuses further submissions to that channel without asking the database at all: a
 * flood of submitters then costs no pooled connection, which stay free for officers.
 */
@Component
class IntakeRateLimit {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int perMinute;
    /** Channel ids and slugs known to have had their share in the minute given (epoch minute). */
    private final Map<Object, Long> fullIn = new ConcurrentHashMap<>();

    IntakeRateLimit(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
                    @Value("${concord.oversight.intake-per-minute:30}") int perMinute) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** True when this instance already knows the channel of this slug has had its share this minute; no database. */
    boolean knownFull(String slug) {
        return full(slug, minute());
    }

    /** Counts one submission; false when the channel has had its share this minute. */
    boolean take(long channelId, String slug) {
        Instant minute = minute();
        if (full(channelId, minute) || (slug != null && full(slug, minute))) {
            return false;
        }
        int count = transaction.execute(status -> {
            int n = jdbc.sql("""
                            insert into oversight_intake_rate as r (channel_id, minute, submissions) values (:channel, :minute, 1)
                            on conflict (channel_id, minute) do update set submissions = r.submissions + 1
                            returning submissions""")
                    .param("channel", channelId).param("minute", minute.atOffset(ZoneOffset.UTC))
                    .query(Integer.class).single();
            if (n == 1) {
                // the first of a minute clears out the counters of minutes gone
                jdbc.sql("delete from oversight_intake_rate where channel_id = :channel and minute < :minute")
                        .param("channel", channelId).param("minute", minute.atOffset(ZoneOffset.UTC)).update();
            }
            return n;
        });
        if (count >= perMinute) {
            long epochMinute = minute.getEpochSecond() / 60;
            fullIn.values().removeIf(m -> m < epochMinute);
            fullIn.put(channelId, epochMinute);
            if (slug != null) {
                fullIn.put(slug, epochMinute);
            }
        }
        return count <= perMinute;
    }

    /**
     * Gives back a submission counted by {@link #take} that was then refused for a reason of this instance's own (the
     * bulkhead was full), so that a crowd told "try again in a few seconds" does not use up the channel's share.
     */
    void giveBack(long channelId, String slug) {
        Instant minute = minute();
        transaction.executeWithoutResult(status -> jdbc.sql("""
                        update oversight_intake_rate set submissions = submissions - 1
                        where channel_id = :channel and minute = :minute and submissions > 0""")
                .param("channel", channelId).param("minute", minute.atOffset(ZoneOffset.UTC)).update());
        fullIn.remove(channelId);
        if (slug != null) {
            fullIn.remove(slug);
        }
    }

    /** Seconds until the next minute, when a refused channel takes reports again. */
    long secondsToNextMinute() {
        Instant now = clock.instant();
        return Math.max(1, ChronoUnit.SECONDS.between(now, minute().plus(1, ChronoUnit.MINUTES)));
    }

    private boolean full(Object key, Instant minute) {
        Long in = fullIn.get(key);
        return in != null && in == minute.getEpochSecond() / 60;
    }

    private Instant minute() {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }
}
