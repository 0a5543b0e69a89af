package org.concord.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links the audit rows of committed transactions into the chain ({@code audit_chain_extend}, R__audit_append.sql) and
 * signs a checkpoint of the chain's end every {@code concord.audit.checkpoint-every} (1 minute) or
 * {@code concord.audit.checkpoint-rows} (10,000) rows, whichever comes first. Runs every
 * {@code concord.audit.chain-every} (1 second) on every instance; a PostgreSQL advisory lock lets one chain at a time.
 * Writers never wait for it: they only insert their row.
 */
@Component
class AuditChainer {

    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);
    /** The chain's lock; any instance that holds it may link and sign. */
    static final long CHAIN_LOCK = 18981343344947813L;
    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AuditSigningKey key;
    private final Clock clock;
    private final Duration checkpointEvery;
    private final long checkpointRows;
    private final boolean background;
    private volatile boolean warnedNoCheckpoint;

    AuditChainer(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditSigningKey key, Clock clock,
                 @Value("${concord.audit.checkpoint-every:1m}") Duration checkpointEvery,
                 @Value("${concord.audit.checkpoint-rows:10000}") long checkpointRows,
                 @Value("${concord.audit.background:true}") boolean background) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.key = key;
        this.clock = clock;
        this.checkpointEvery = checkpointEvery;
        this.checkpointRows = checkpointRows;
        this.background = background;
    }

    /** A key made at this start signs the chain as it stands at once: its first checkpoint (position 0 when empty). */
    @EventListener(ApplicationStartedEvent.class)
    void signFirstCheckpointOfANewKey() {
        if (key.madeAtThisStart()) {
            link(true, false);
        }
    }

    @Scheduled(fixedDelayString = "${concord.audit.chain-every:1s}", initialDelayString = "${concord.audit.chain-delay:1s}")
    void linkInBackground() {
        if (!background) {
            return;
        }
        try {
            link(false, false);
        } catch (RuntimeException e) {
            log.error("Could not extend the audit chain: {}", e.getMessage(), e);
        }
    }

    /**
     * Links what has committed and signs a checkpoint if one is due ({@code force}: if the chain grew since the last);
     * waits for another instance that is linking. Returns the checkpoint signed, if any.
     */
    Optional<AuditCheckpoint> linkNow(boolean forceCheckpoint) {
        return link(true, forceCheckpoint);
    }

    private Optional<AuditCheckpoint> link(boolean wait, boolean forceCheckpoint) {
        AuditCheckpoint signed = transactions.execute(tx -> {
            if (wait) {
                jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, CHAIN_LOCK);
            } else if (!jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, CHAIN_LOCK)) {
                return null; // another instance is linking
            }
            int linked;
            do {
                linked = jdbc.queryForObject("select audit_chain_extend(?)", Integer.class, BATCH);
            } while (linked == BATCH);
            return checkpointIfDue(forceCheckpoint);
        });
        if (signed != null) {
            key.remember(signed); // after the commit: the file never names a checkpoint the database lacks
        }
        return Optional.ofNullable(signed);
    }

    private AuditCheckpoint checkpointIfDue(boolean force) {
        long end = jdbc.queryForObject("select coalesce(max(position), 0) from audit_chain", Long.class);
        String hash = end == 0 ? AuditEntry.GENESIS
                : jdbc.queryForObject("select hash from audit_chain where position = ?", String.class, end);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var last = jdbc.query("select position, signed_at, public_key from audit_checkpoint order by position desc limit 1",
                rs -> rs.next() ? new Object[] {rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3)} : null);
        boolean due;
        if (last == null) {
            // without any checkpoint, only a key made at this start signs the chain as it stands: signing whatever the
            // database holds after its checkpoints were removed would vouch for a chain someone may have recomputed
            due = key.takeFirstCheckpoint();
            if (!due && !warnedNoCheckpoint) {
                warnedNoCheckpoint = true;
                log.error("The audit log has no signed checkpoint although the signing key {} existed before this start: "
                        + "the checkpoints were removed, or the key belongs to another database. Nothing is signed until "
                        + "this is resolved (README: Audit log).", key.file());
            }
        } else {
            key.sawCheckpoints();
            long lastPosition = (long) last[0];
            Instant lastSigned = (Instant) last[1];
            boolean newKey = !key.publicKeyBase64().equals(last[2]);
            due = end > lastPosition && (force || newKey || end - lastPosition >= checkpointRows
                    || !lastSigned.plus(checkpointEvery).isAfter(now));
        }
        if (!due) {
            return null;
        }
        AuditCheckpoint checkpoint = key.sign(end, hash, now);
        jdbc.update("insert into audit_checkpoint (position, hash, signed_at, public_key, signature) values (?, ?, ?, ?, ?)",
                checkpoint.position(), checkpoint.hash(), Timestamp.from(checkpoint.signedAt()), checkpoint.publicKey(),
                checkpoint.signature());
        return checkpoint;
    }
}
