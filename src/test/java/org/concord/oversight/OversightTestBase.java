package org.concord.oversight;

import org.concord.oversight.internal.channels.ChannelService;
import org.concord.oversight.internal.keys.RecipientKeys;
import org.concord.oversight.internal.keys.RecoveryKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What every oversight test against the running application needs: the database and a fixture to build bodies. */
abstract class OversightTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ChannelService channelService;
    @Autowired
    RecipientKeys recipientKeys;
    @Autowired
    RecoveryKeys recoveryKeys;

    OversightFixture fixture() {
        return new OversightFixture(jdbc, encoder, channelService, recipientKeys, recoveryKeys);
    }
}
