package org.concord.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.concord.TestActors;
import org.concord.shared.database.OwnerDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class AuditChainTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void threeWrites() throws Exception {
        for (String name : new String[] {"Audit Test One", "Audit Test Two", "Audit Test Three"}) {
            mvc.perform(post("/api/v1/organisations").with(authentication(TestActors.admin()))
                            .header("User-Agent", "audit-test")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"type\": \"CIVIL_SOCIETY\", \"names\": [{\"language\": \"en\", \"name\": \"" + name + "\"}]}"))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void aWriteAppendsARowChainedToThePreviousOne() {
        Map<String, Object> last = lastRow();
        Map<String, Object> previous = jdbc.queryForMap(
                "select hash from audit_entry where id = (select max(id) from audit_entry where id < ?)", last.get("id"));
        assertThat(last.get("actor")).isEqualTo("test-admin");
        assertThat(last.get("action")).isEqualTo("created");
        assertThat(last.get("entity_type")).isEqualTo("organisation");
        assertThat((String) last.get("changes")).contains("Audit Test Three");
        assertThat((String) last.get("origin")).contains("POST /api/v1/organisations").contains("audit-test");
        assertThat(last.get("previous_hash")).isEqualTo(previous.get("hash"));
        assertThat((String) last.get("hash")).hasSize(64).isNotEqualTo(previous.get("hash"));
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void concordItselfCannotUpdateOrDeleteAuditRows() {
        // Concord's role may only add and read rows; the owner is stopped by the triggers
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'x' where id = ?", lastRow().get("id")))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", lastRow().get("id")))
                .rootCause().hasMessageContaining("permission denied");
        JdbcTemplate owner = OwnerDatabase.jdbc(context);
        assertThatThrownBy(() -> owner.update("update audit_entry set actor = 'x' where id = ?", lastRow().get("id")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.update("delete from audit_entry where id = ?", lastRow().get("id")))
                .hasMessageContaining("append-only");
    }

    @Test
    void anUpdateBehindConcordsBackIsDetectedAndTheRowNamed() throws Exception {
        long id = (long) lastRow().get("id") - 1;
        String actor = jdbc.queryForObject("select actor from audit_entry where id = ?", String.class, id);
        bypassingTriggers("update audit_entry set actor = 'mallory' where id = " + id);
        try {
            AuditVerification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenRowId()).isEqualTo(id);
            assertThat(result.problem()).contains("changed");
            mvc.perform(get("/api/v1/audit/verification").with(authentication(TestActors.admin())))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.brokenRowId").value(id));
            mvc.perform(post("/admin/audit/verification").with(csrf()).with(authentication(TestActors.admin())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("#" + id)));
        } finally {
            bypassingTriggers("update audit_entry set actor = '" + actor + "' where id = " + id);
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void aDeletedRowIsDetectedAndTheRowAfterTheGapNamed() {
        long last = (long) lastRow().get("id");
        long deleted = last - 1;
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where id = ?", deleted);
        bypassingTriggers("delete from audit_entry where id = " + deleted);
        try {
            AuditVerification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenRowId()).isEqualTo(last);
            assertThat(result.problem()).contains("#" + (deleted - 1));
        } finally {
            restore(row);
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void removingTheNewestRowIsDetectedToo() {
        Map<String, Object> row = lastRow();
        bypassingTriggers("delete from audit_entry where id = " + row.get("id"));
        try {
            AuditVerification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenRowId()).isEqualTo(row.get("id"));
        } finally {
            restore(row);
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    private Map<String, Object> lastRow() {
        return jdbc.queryForMap("select * from audit_entry order by id desc limit 1");
    }

    /** What someone with direct database access could do: switch off triggers for their session. */
    private void bypassingTriggers(String sql) {
        try (Connection connection = OwnerDatabase.connect(context); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("set local session_replication_role = replica");
            statement.execute(sql);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void restore(Map<String, Object> row) {
        transactions.executeWithoutResult(tx -> jdbc.update("""
                insert into audit_entry (id, occurred_at, actor, action, entity_type, entity_id, changes, origin,
                                         previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                row.get("id"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("entity_type"),
                row.get("entity_id"), row.get("changes"), row.get("origin"), row.get("previous_hash"), row.get("hash")));
    }
}
