package org.concord.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.concord.TestActors;
import org.concord.audit.AuditLog;
import org.concord.audit.AuditVerification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import javax.sql.DataSource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain and its signed checkpoints against someone with full rights on the database: each kind of tampering is
 * done inside a transaction that is rolled back afterwards (so that the shared test database stays intact), with the
 * triggers switched off as such a person can, and the verification run inside it sees what they left. So that the
 * verification sees the tampering before it is rolled back, this context connects as the database's owner (Flyway's
 * role), as such a person would; Concord's own role cannot change the log at all.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditChainTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class AsTheDatabaseOwner {
        @Bean
        @Primary
        DataSource ownerDataSource(Environment environment) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(environment.getRequiredProperty("spring.datasource.url"));
            dataSource.setUsername(environment.getRequiredProperty("spring.flyway.user"));
            dataSource.setPassword(environment.getRequiredProperty("spring.flyway.password"));
            dataSource.setMaximumPoolSize(5);
            return dataSource;
        }
    }

    @Autowired
    Environment environment;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditChainer chainer;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.springframework.context.MessageSource messages;

    @BeforeEach
    void threeWritesLinkedAndSigned() throws Exception {
        for (String name : new String[] {"Audit Test One", "Audit Test Two", "Audit Test Three"}) {
            mvc.perform(post("/api/v1/organisations").with(authentication(TestActors.admin()))
                            .header("User-Agent", "audit-test")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"type\": \"CIVIL_SOCIETY\", \"names\": [{\"language\": \"en\", \"name\": \"" + name + "\"}]}"))
                    .andExpect(status().isCreated());
        }
        AuditTestSupport.linkEverythingCommitted(jdbc, chainer);
    }

    @Test
    void aWriteAppendsARowThatIsLinkedToTheChainOnceCommittedAndSigned() {
        Map<String, Object> last = lastRow();
        assertThat(last.get("actor")).isEqualTo("test-admin");
        assertThat(last.get("action")).isEqualTo("created");
        assertThat(last.get("entity_type")).isEqualTo("organisation");
        assertThat((String) last.get("changes")).contains("Audit Test Three");
        assertThat((String) last.get("origin")).contains("POST /api/v1/organisations").contains("audit-test");
        Map<String, Object> link = jdbc.queryForMap("select position, previous_hash, hash from audit_chain where entry_id = ?",
                last.get("id"));
        long position = (long) link.get("position");
        assertThat(link.get("previous_hash")).isEqualTo(
                jdbc.queryForObject("select hash from audit_chain where position = ?", String.class, position - 1));
        assertThat(jdbc.queryForObject("select max(position) from audit_checkpoint", Long.class))
                .as("a checkpoint signed over the end of the chain").isEqualTo(endOfChain());

        AuditVerification result = auditLog.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(endOfChain());
        assertThat(result.lastCheckpointPosition()).isEqualTo(endOfChain());
        assertThat(result.rowsAfterLastCheckpoint()).isZero();
    }

    @Test
    void concordItselfCannotUpdateOrDeleteTheLogTheChainOrTheCheckpoints() {
        // Concord's own role may only add and read rows
        JdbcTemplate concord = new JdbcTemplate(new DriverManagerDataSource(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getRequiredProperty("spring.datasource.password")));
        assertThatThrownBy(() -> concord.update("update audit_entry set actor = 'x' where id = ?", lastRow().get("id")))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> concord.update("delete from audit_checkpoint"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> concord.execute("truncate audit_chain, audit_checkpoint, audit_entry"))
                .rootCause().hasMessageContaining("permission denied");
        // and the owner is stopped by the triggers unless it switches them off
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'x' where id = ?", lastRow().get("id")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", lastRow().get("id")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update audit_chain set hash = hash where position = ?", endOfChain()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_checkpoint")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_chain, audit_checkpoint, audit_entry"))
                .hasMessageContaining("append-only");
    }

    @Test
    void aRowChangedBehindConcordsBackIsNamedOnTheApiAndThePage() {
        long id = (long) lastRow().get("id") - 1;
        tampered(sql -> sql.accept("update audit_entry set actor = 'mallory' where id = " + id), () -> {
            AuditVerification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenRowId()).isEqualTo(id);
            assertThat(result.problem()).contains("row #" + id).contains("was changed after it was written");
            try {
                mvc.perform(get("/api/v1/audit/verification").with(authentication(TestActors.admin())))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.intact").value(false))
                        .andExpect(jsonPath("$.brokenRowId").value(id))
                        .andExpect(jsonPath("$.problemKey").value("row-changed"));
                mvc.perform(post("/admin/audit/verification").with(csrf()).with(authentication(TestActors.admin()))
                                .header("Accept-Language", "fr"))
                        .andExpect(status().isOk())
                        .andExpect(content().string(org.hamcrest.Matchers.containsString(
                                "la ligne #" + id + " (position")));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void aRowChangedWithItsHashAndTheWholeChainRecomputedIsCaughtByTheSignedCheckpoint() {
        long id = (long) lastRow().get("id") - 1;
        long position = jdbc.queryForObject("select position from audit_chain where entry_id = ?", Long.class, id);
        tampered(sql -> {
            sql.accept("""
                    update audit_entry set actor = 'mallory', content_hash = encode(sha256(convert_to(concat_ws(E'\\n',
                        id::text, audit_instant_text(occurred_at), 'mallory', action, entity_type, entity_id, changes,
                        origin), 'UTF8')), 'hex') where id = """ + id);
            sql.accept(RECOMPUTE_CHAIN_FROM.formatted(position));
        }, () -> {
            AuditVerification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problemKey()).isEqualTo("checkpoint-differs");
            assertThat(result.problem()).contains("the chain at position " + endOfChain())
                    .contains("was changed and the chain recomputed");
        });
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void rowsCutFromTheEndAreCaughtByTheCheckpointEvenWhenItsCheckpointsAreRemovedToo() {
        long end = endOfChain();
        String cut = """
                delete from audit_entry where id in (select entry_id from audit_chain where position > %1$d);
                delete from audit_chain where position > %1$d""".formatted(end - 2);
        tampered(sql -> sql.accept(cut), () -> {
            AuditVerification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problemKey()).isEqualTo("rows-cut");
            assertThat(result.problem()).contains("the chain ends at position " + (end - 2))
                    .contains("covers position " + end);
        });
        tampered(sql -> {
            sql.accept(cut);
            sql.accept("delete from audit_checkpoint where position > " + (end - 2));
        }, () -> {
            // the checkpoint this machine signed last, kept beside the key, is out of the database's reach
            AuditVerification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problemKey()).isEqualTo("rows-cut");
        });
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void anEmptiedLogIsReportedMissingNotIntact() {
        tampered(sql -> sql.accept("truncate audit_chain, audit_checkpoint, audit_entry"), () -> {
            AuditVerification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problemKey()).isEqualTo("no-checkpoint");
            assertThat(result.problem()).contains("no signed checkpoint").contains("emptied");
        });
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void aKeyMadeAtThisStartSignsTheChainAsItStandsButAnOlderKeyNeverStartsAChainAfresh() throws Exception {
        java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("audit-key-");
        try {
            AuditSigningKey made = new AuditSigningKey(directory.resolve("audit-signing-key.pem"));
            assertThat(made.madeAtThisStart()).isTrue();
            AuditChainer chainer = new AuditChainer(jdbc, transactions.getTransactionManager(), made, Clock.systemUTC(),
                    Duration.ofMinutes(1), 10_000, false);
            AuditChainVerifier verifier = new AuditChainVerifier(jdbc, transactions.getTransactionManager(), made,
                    messages);
            // an installation that has rows but no checkpoint yet (an upgrade), starting with a new key
            tampered(sql -> sql.accept("delete from audit_checkpoint"), () -> {
                assertThat(verifier.verify(java.util.List.of()).problemKey()).isEqualTo("no-checkpoint");
                AuditCheckpoint first = chainer.linkNow(false).orElseThrow();
                assertThat(first.position()).isEqualTo(endOfChain());
                AuditVerification result = verifier.verify(java.util.List.of());
                assertThat(result.intact()).isTrue();
                assertThat(result.lastCheckpointPosition()).isEqualTo(endOfChain());
            });

            AuditSigningKey existing = new AuditSigningKey(directory.resolve("audit-signing-key.pem"));
            assertThat(existing.madeAtThisStart()).isFalse();
            AuditChainer later = new AuditChainer(jdbc, transactions.getTransactionManager(), existing, Clock.systemUTC(),
                    Duration.ofMinutes(1), 10_000, false);
            tampered(sql -> sql.accept("delete from audit_checkpoint"), () ->
                    assertThat(later.linkNow(true)).as("checkpoints removed: nothing signed").isEmpty());
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(directory);
        }
    }

    @Test
    void theCheckpointsArePublicAndVerifiableWithThePublishedKeyAndCopiesAreHeldAgainstTheChain() throws Exception {
        mvc.perform(get("/audit/checkpoints"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("BEGIN PUBLIC KEY")));
        String document = mvc.perform(get("/api/v1/audit/checkpoints"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.algorithm").value("Ed25519"))
                .andReturn().getResponse().getContentAsString();
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(document);
        var checkpoints = json.get("checkpoints");
        var latest = checkpoints.get(checkpoints.size() - 1);
        assertThat(latest.get("position").asLong()).isEqualTo(endOfChain());

        // what anyone can do with a copy: check its signature with the published key alone
        var publicKey = java.security.KeyFactory.getInstance("Ed25519").generatePublic(new java.security.spec.X509EncodedKeySpec(
                java.util.Base64.getDecoder().decode(json.get("publicKey").asString())));
        var verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(("concord-audit-checkpoint\n" + latest.get("position").asLong() + "\n"
                + latest.get("hash").asString() + "\n" + latest.get("signedAt").asString()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(verifier.verify(java.util.Base64.getDecoder().decode(latest.get("signature").asString()))).isTrue();

        String copies = checkpoints.toString();
        mvc.perform(post("/api/v1/audit/verification").with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(copies))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.checkpointCopiesCompared").value(checkpoints.size() + 1));
        String forged = copies.replace(latest.get("hash").asString(), "f".repeat(64));
        mvc.perform(post("/api/v1/audit/verification").with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(forged))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.problemKey").value("checkpoint-not-signed"));
        mvc.perform(post("/api/v1/audit/verification").contentType(MediaType.APPLICATION_JSON).content(copies))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void twoTransactionsEachHoldingAnUncommittedAuditRowDoNotWaitForEachOther() throws Exception {
        long before = endOfChain();
        try (var first = jdbc.getDataSource().getConnection(); var second = jdbc.getDataSource().getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            long a = AuditTestSupport.append(first, "first-writer");
            // were the second to wait for the first's lock (held until it commits), it would fail here at once
            try (var s = second.createStatement()) {
                s.execute("set local lock_timeout = '1ms'");
            }
            long b = AuditTestSupport.append(second, "second-writer");
            assertThat(b).isNotEqualTo(a);
            second.commit();
            first.commit();
        }
        AuditTestSupport.linkEverythingCommitted(jdbc, chainer);
        assertThat(jdbc.queryForList("""
                select e.actor from audit_chain c join audit_entry e on e.id = c.entry_id
                where c.position > ? and e.entity_type = 'writer-test' order by c.position""", String.class, before))
                .containsExactlyInAnyOrder("first-writer", "second-writer");
        assertThat(auditLog.verify().intact()).isTrue();
    }

    /** Recomputes every link from the given position on, as someone covering their tracks would. */
    private static final String RECOMPUTE_CHAIN_FROM = """
            do $$
            declare r record; v_previous text;
            begin
                for r in select c.position, e.content_hash from audit_chain c join audit_entry e on e.id = c.entry_id
                         where c.position >= %d order by c.position loop
                    select hash into v_previous from audit_chain where position = r.position - 1;
                    update audit_chain set previous_hash = coalesce(v_previous, repeat('0', 64)),
                        hash = encode(sha256(convert_to(concat_ws(E'\\n', coalesce(v_previous, repeat('0', 64)),
                            r.position::text, r.content_hash), 'UTF8')), 'hex')
                    where position = r.position;
                end loop;
            end $$""";

    private Map<String, Object> lastRow() {
        return jdbc.queryForMap("select * from audit_entry order by id desc limit 1");
    }

    private long endOfChain() {
        return jdbc.queryForObject("select coalesce(max(position), 0) from audit_chain", Long.class);
    }

    /**
     * What someone with direct database access could do (triggers switched off for their session), seen by
     * {@code check} in the same transaction, then rolled back. The chain's lock is held meanwhile, so that Concord's
     * own chainer does not link or sign in between.
     */
    private void tampered(Consumer<Consumer<String>> tampering, Runnable check) {
        transactions.executeWithoutResult(tx -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, AuditChainer.CHAIN_LOCK);
            jdbc.execute("set local session_replication_role = replica");
            tampering.accept(jdbc::execute);
            check.run();
            tx.setRollbackOnly();
        });
    }
}
