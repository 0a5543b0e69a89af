package org.concord.oversight.internal.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * At most {@code concord.oversight.intake-per-minute} reports a minute on one channel (default 30), counted in one
 * row per channel and minute that every instance shares. Counted in a transaction of its own, before the intake's:
 * the counter's row lock is held for one statement, not for the Argon2 and encryption work, so concurrent
 * submitters queue for microseconds and officers' pages never wait on it.
 */
@Component
class IntakeRateLimit {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perMinute;

    IntakeRateLimit(JdbcClient jdbc, Clock clock, @Value("${concord.oversight.intake-per-minute:30}") int perMinute) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Counts one submission; false when the channel has had its share this minute. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean take(long channelId) {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        int count = jdbc.sql("""
                        insert into oversight_intake_rate as r (channel_id, minute, submissions) values (:channel, :minute, 1)
                        on conflict (channel_id, minute) do update set submissions = r.submissions + 1
                        returning submissions""")
                .param("channel", channelId).param("minute", minute.atOffset(ZoneOffset.UTC))
                .query(Integer.class).single();
        if (count == 1) {
            // the first of a minute clears out the counters of minutes gone
            jdbc.sql("delete from oversight_intake_rate where channel_id = :channel and minute < :minute")
                    .param("channel", channelId).param("minute", minute.atOffset(ZoneOffset.UTC)).update();
        }
        return count <= perMinute;
    }
}
