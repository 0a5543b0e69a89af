package org.concord.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.audit.AuditVerification;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the audit chain and holds it against the signed checkpoints: those in the database, the last one this
 * machine signed (kept beside the key) and any copies a person supplies. A row changed, a link changed, rows removed
 * from the middle or the end, a chain recomputed after a change, checkpoints removed or forged: each is named.
 * Reads one snapshot (repeatable read), so it gives a consistent answer while Concord writes and links.
 */
@Component
class AuditChainVerifier {

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate snapshot;
    private final AuditSigningKey key;
    private final MessageSource messages;

    AuditChainVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditSigningKey key,
                       MessageSource messages) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1000);
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.key = key;
        this.messages = messages;
    }

    AuditVerification verify(List<AuditCheckpoint> supplied) {
        // read before the snapshot is taken: the file is written after its checkpoint committed, so the snapshot sees it
        List<AuditCheckpoint> outside = new ArrayList<>(supplied);
        key.lastRemembered().ifPresent(outside::add);
        return snapshot.execute(tx -> new Run(outside).verify());
    }

    /** The problem found, as a message key of the audit bundle with its arguments, and the row it names. */
    private record Problem(String key, Long rowId, Object... arguments) {
    }

    private final class Run {

        private final Map<Long, List<AuditCheckpoint>> outsideByPosition = new HashMap<>();
        private final List<AuditCheckpoint> outside;
        private long expectedPosition = 1;
        private String link = AuditEntry.GENESIS;
        private long checked;
        private long previousCheckpoint;
        private Problem problem;

        Run(List<AuditCheckpoint> outside) {
            this.outside = outside;
            outside.forEach(c -> outsideByPosition.computeIfAbsent(c.position(), p -> new ArrayList<>()).add(c));
        }

        AuditVerification verify() {
            List<AuditCheckpoint> atStart = new ArrayList<>(outsideByPosition.getOrDefault(0L, List.of()));
            atStart.addAll(jdbc.query("select position, hash, signed_at, public_key, signature from audit_checkpoint "
                    + "where position = 0", (rs, i) -> checkpoint(rs, 1)));
            for (AuditCheckpoint c : atStart) {
                compare(c, 0);
            }
            streaming.query("""
                    select c.position, c.entry_id, c.previous_hash, c.hash,
                           e.id, e.occurred_at, e.actor, e.action, e.entity_type, e.entity_id, e.changes, e.origin,
                           e.content_hash, k.hash, k.signed_at, k.public_key, k.signature
                    from audit_chain c
                    left join audit_entry e on e.id = c.entry_id
                    left join audit_checkpoint k on k.position = c.position
                    order by c.position""", (RowCallbackHandler) this::row);
            long end = expectedPosition - 1;
            AuditCheckpoint latest = jdbc.query("""
                    select position, hash, signed_at, public_key, signature from audit_checkpoint
                    order by position desc limit 1""", rs -> rs.next() ? checkpoint(rs, 1) : null);
            if (problem == null && latest == null) {
                problem = new Problem("no-checkpoint", null);
            }
            if (problem == null) {
                List<AuditCheckpoint> beyond = new ArrayList<>(outside);
                beyond.add(latest);
                beyond.removeIf(c -> c.position() <= end);
                beyond.sort(Comparator.comparingLong(AuditCheckpoint::position).reversed());
                for (AuditCheckpoint c : beyond) {
                    if (key.signed(c)) {
                        problem = new Problem("rows-cut", null, end, c.position(), c.signedAt().toString());
                        break;
                    }
                }
                if (problem == null && !beyond.isEmpty()) {
                    problem = new Problem("checkpoint-not-signed", null, beyond.get(0).position());
                }
            }
            // the latest checkpoint vouches for every row up to it (each link hashes all before it): its signature
            // must hold; so must every copy's, and the others' where they disagree with the chain (see compare)
            AuditCheckpoint covering = null;
            if (problem == null) {
                List<AuditCheckpoint> candidates = new ArrayList<>(outside);
                candidates.add(latest);
                for (AuditCheckpoint c : candidates) {
                    if (!key.signed(c)) {
                        problem = new Problem("checkpoint-not-signed", null, c.position());
                        break;
                    }
                    if (covering == null || c.position() > covering.position()) {
                        covering = c;
                    }
                }
            }
            long awaiting = jdbc.queryForObject("""
                    select count(*) from audit_entry e where not exists (select 1 from audit_chain c where c.entry_id = e.id)""",
                    Long.class);
            if (problem != null) {
                return new AuditVerification(false, checked, problem.rowId(), english(problem), problem.key(),
                        List.of(problem.arguments()), null, null, 0, awaiting, outside.size());
            }
            return new AuditVerification(true, checked, null, null, null, List.of(), covering.position(),
                    covering.signedAt(), end - covering.position(), awaiting, outside.size());
        }

        private void row(ResultSet rs) throws SQLException {
            if (problem != null) {
                return;
            }
            long position = rs.getLong(1);
            long entryId = rs.getLong(2);
            String previous = rs.getString(3);
            String stored = rs.getString(4);
            if (position != expectedPosition) {
                problem = new Problem("positions-missing", entryId, expectedPosition, position - 1);
                return;
            }
            if (!previous.equals(link)) {
                problem = new Problem("link-broken", entryId, position);
                return;
            }
            if (rs.getObject(5) == null) {
                problem = new Problem("row-removed", entryId, entryId, position);
                return;
            }
            AuditEntry entry = new AuditEntry(rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
                    rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12));
            String contentHash = rs.getString(13);
            if (contentHash == null) {
                // a row linked by its writer before V14: its link hashes its fields directly
                if (!entry.legacyLinkHash(link).equals(stored)) {
                    problem = new Problem("row-changed", entryId, entryId, position);
                    return;
                }
            } else if (!entry.contentHash().equals(contentHash)) {
                problem = new Problem("row-changed", entryId, entryId, position);
                return;
            } else if (!AuditEntry.linkHash(link, position, contentHash).equals(stored)) {
                problem = new Problem("link-changed", entryId, entryId, position);
                return;
            }
            link = stored;
            checked++;
            expectedPosition++;
            if (rs.getString(14) != null && !key.publicKeyBase64().equals(rs.getString(16))) {
                // signed by another key (a lost key replaced, or a key someone brought): continuity is not proven
                problem = new Problem("checkpoint-not-signed", null, position);
                return;
            }
            if (rs.getString(14) != null) {
                compare(new AuditCheckpoint(position, rs.getString(14), rs.getTimestamp(15).toInstant(), rs.getString(16),
                        rs.getString(17)), position);
            }
            for (AuditCheckpoint copy : outsideByPosition.getOrDefault(position, List.of())) {
                compare(copy, position);
            }
            if (problem == null && rs.getString(14) != null) {
                previousCheckpoint = position;
            }
        }

        /** A checkpoint at the position just checked: its hash must be the chain's there. */
        private void compare(AuditCheckpoint checkpoint, long position) {
            if (problem != null || checkpoint.hash().equals(link)) {
                return;
            }
            problem = key.signed(checkpoint)
                    ? new Problem("checkpoint-differs", null, position, checkpoint.signedAt().toString(),
                            Math.min(previousCheckpoint + 1, position))
                    : new Problem("checkpoint-not-signed", null, position);
        }

        private static AuditCheckpoint checkpoint(ResultSet rs, int first) throws SQLException {
            return new AuditCheckpoint(rs.getLong(first), rs.getString(first + 1), rs.getTimestamp(first + 2).toInstant(),
                    rs.getString(first + 3), rs.getString(first + 4));
        }
    }

    private String english(Problem problem) {
        return messages.getMessage("audit.problem." + problem.key(), problem.arguments(), Locale.ENGLISH);
    }
}
