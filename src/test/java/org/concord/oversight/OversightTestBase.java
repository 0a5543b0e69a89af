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

    @Autowired
    org.concord.accounts.internal.secondfactor.SecondFactors secondFactors;

    private final java.util.Map<Long, String> totpSecrets = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * HTTP Basic as an officer through the API, with the current code of their second factor (officers must pass
     * one): the officer is enrolled on first use, as they would on the enrolment page.
     */
    org.springframework.test.web.servlet.request.RequestPostProcessor officerApi(OversightFixture.Body body, String password) {
        String secret = totpSecrets.computeIfAbsent(body.officerId(), id -> org.concord.TestActors.runAs(
                OversightFixture.as(id, body.officer(), new org.concord.shared.security.Grant(
                        org.concord.shared.security.Role.OVERSIGHT_OFFICER, body.organisationId())), () -> {
                    String s = secondFactors.enrolment().orElseThrow().secret();
                    secondFactors.confirm(org.concord.accounts.TotpCodes.now(s)).orElseThrow();
                    return s;
                }));
        var basic = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic(body.officer(), password);
        return request -> {
            basic.postProcessRequest(request);
            request.addHeader("X-Concord-TOTP", org.concord.accounts.TotpCodes.now(secret));
            return request;
        };
    }

    OversightFixture fixture() {
        return new OversightFixture(jdbc, encoder, channelService, recipientKeys, recoveryKeys);
    }
}
