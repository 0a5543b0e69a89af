package org.concord.oversight.internal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.concord.oversight.OversightFixture;
import org.concord.oversight.internal.channels.ChannelService;
import org.concord.oversight.internal.keys.RecipientKeys;
import org.concord.oversight.internal.keys.RecoveryKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The channel's share is counted in the database for every instance; once an instance has seen it used up, it refuses
 * that channel for the rest of the minute without asking the database again. Clocks are fixed: no minute boundary.
 */
@SpringBootTest
class IntakeRateLimitTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcClient jdbcClient;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ChannelService channels;
    @Autowired
    RecipientKeys recipientKeys;
    @Autowired
    RecoveryKeys recoveryKeys;

    @Test
    void theShareIsCountedForEveryInstanceAndAnInstanceThatSawItUsedUpRefusesWithoutTheDatabase() {
        OversightFixture.Body body = new OversightFixture(jdbc, encoder, channels, recipientKeys, recoveryKeys).body();
        long channel = jdbc.queryForObject("select id from oversight_channel where slug = ?", Long.class, body.slug());
        Clock minute = Clock.fixed(Instant.parse("2026-03-04T10:15:20Z"), ZoneOffset.UTC);
        IntakeRateLimit one = new IntakeRateLimit(jdbcClient, transactions, minute, 2);
        IntakeRateLimit other = new IntakeRateLimit(jdbcClient, transactions, minute, 2);

        assertThat(one.take(channel, body.slug())).isTrue();
        assertThat(one.knownFull(body.slug())).isFalse();
        assertThat(other.take(channel, body.slug())).isTrue();
        assertThat(other.knownFull(body.slug())).as("the other instance counted the second").isTrue();
        assertThat(one.take(channel, body.slug())).as("the database counts both instances").isFalse();
        assertThat(one.knownFull(body.slug())).isTrue();

        // the refusals that follow are not counted: the instances no longer ask the database
        long counted = jdbc.queryForObject("select submissions from oversight_intake_rate where channel_id = ?",
                Long.class, channel);
        assertThat(one.take(channel, body.slug())).isFalse();
        assertThat(other.take(channel, null)).isFalse();
        assertThat(jdbc.queryForObject("select submissions from oversight_intake_rate where channel_id = ?",
                Long.class, channel)).isEqualTo(counted);
        assertThat(one.secondsToNextMinute()).isEqualTo(40);

        IntakeRateLimit nextMinute = new IntakeRateLimit(jdbcClient, transactions,
                Clock.offset(minute, java.time.Duration.ofMinutes(1)), 2);
        assertThat(nextMinute.knownFull(body.slug())).isFalse();
        assertThat(nextMinute.take(channel, body.slug())).isTrue();
        assertThat(nextMinute.take(channel, body.slug())).isTrue();
        assertThat(nextMinute.knownFull(body.slug())).isTrue();

        // a submission counted, then refused because this instance was overloaded, is given back: one more is taken
        nextMinute.giveBack(channel, body.slug());
        assertThat(nextMinute.knownFull(body.slug())).isFalse();
        assertThat(nextMinute.take(channel, body.slug())).isTrue();
        assertThat(nextMinute.take(channel, body.slug())).isFalse();
    }
}
