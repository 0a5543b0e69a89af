package org.concord.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The audit log alone (it uses nothing but shared): a write another module announces with {@link EntityChanged} is
 * appended to the chain in the writer's transaction, and the chain still verifies.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE)
class AuditModuleTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPublishedWriteIsRecordedAndTheChainVerifies(Scenario scenario) {
        String id = "audit-module-test-" + System.nanoTime();

        // Scenario publishes inside a transaction, as a module's service does
        scenario.publish(EntityChanged.diff("module-test", id, "renamed", Map.of("name", "Before"), Map.of("name", "After")))
                .andWaitForStateChange(() -> jdbc.queryForList(
                        "select action || ' ' || changes from audit_entry where entity_type = 'module-test' and entity_id = ?",
                        String.class, id), rows -> !rows.isEmpty())
                .andVerify(rows -> assertThat(rows).containsExactly("renamed {\"name\":{\"after\":\"After\",\"before\":\"Before\"}}"));

        AuditVerification verification = auditLog.verify();
        assertThat(verification.intact()).isTrue();
    }
}
