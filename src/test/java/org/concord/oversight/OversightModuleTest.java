package org.concord.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.concord.TestActors;
import org.concord.audit.EntityChanged;
import org.concord.oversight.internal.ReportSubmitted;
import org.concord.oversight.internal.channels.ChannelService;
import org.concord.oversight.internal.intake.IntakeService;
import org.concord.oversight.internal.intake.Submission;
import org.concord.oversight.internal.keys.RecipientKeys;
import org.concord.oversight.internal.keys.RecoveryKeys;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Oversight with what it depends on (accounts, audit, organisations, shared): a channel an administrator opens is
 * announced for the audit log and recorded there, and a report submitted on it announces {@link ReportSubmitted}
 * with nothing the reporter wrote.
 */
// the audit module is named as well: oversight only uses its event type, which does not bring its listener along
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "audit")
class OversightModuleTest {

    @Autowired
    ChannelService channels;
    @Autowired
    IntakeService intake;
    @Autowired
    RecipientKeys recipientKeys;
    @Autowired
    RecoveryKeys recoveryKeys;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    OversightFixture fixture() {
        return new OversightFixture(jdbc, encoder, channels, recipientKeys, recoveryKeys);
    }

    @Test
    void aChannelOpenedIsAudited(Scenario scenario) {
        OversightFixture fixture = fixture();
        long body = fixture.organisation("module-body-" + System.nanoTime(), "OVERSIGHT_BODY");
        long officer = fixture.account("module-officer-" + System.nanoTime(), Role.OVERSIGHT_OFFICER, body);
        String slug = "module-channel-" + System.nanoTime();

        scenario.stimulate(() -> TestActors.runAs(TestActors.admin(),
                        () -> channels.create(OversightFixture.channelForm(body, slug, List.of(officer)))))
                .andWaitForEventOfType(EntityChanged.class)
                .matching(e -> e.entityType().equals("oversight-channel") && e.action().equals("created"))
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.entityId()).isEqualTo(String.valueOf(id));
                    assertThat(event.changes()).containsKeys("recipients", "categories", "open");
                });
        String id = jdbc.queryForObject("select id::text from oversight_channel where slug = ?", String.class, slug);
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'oversight-channel' "
                + "and entity_id = ?", String.class, id)).containsExactly("created");
    }

    @Test
    void aSubmittedReportIsAnnounced(Scenario scenario) {
        OversightFixture.Body body = fixture().body();
        long channelId = jdbc.queryForObject("select id from oversight_channel where slug = ?", Long.class, body.slug());
        Submission submission = new Submission("UNLAWFUL_FORCE",
                Map.of("what", List.of("The patrol beat a man at the checkpoint on the ring road.")), true, null, List.of());

        scenario.stimulate(() -> intake.submit(body.slug(), submission))
                .andWaitForEventOfType(ReportSubmitted.class)
                .matching(e -> e.channelId() == channelId)
                .toArriveAndVerify((event, receipt) -> {
                    assertThat(receipt.digits()).hasSize(16);
                    assertThat(event.organisationId()).isEqualTo(body.organisationId());
                    assertThat(event.category()).isEqualTo("UNLAWFUL_FORCE");
                    assertThat(event.receivedAtHour().getEpochSecond() % 3600).isZero();
                    assertThat(jdbc.queryForObject("select channel_id from oversight_report where id = ?", Long.class,
                            event.reportId())).isEqualTo(channelId);
                    assertThat(event.toString()).doesNotContain("patrol", "checkpoint");
                });
    }
}
