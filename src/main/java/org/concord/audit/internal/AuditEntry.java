package org.concord.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One row of the audit log, and how its hashes are made (the same text as {@code audit_append} and
 * {@code audit_chain_extend} in R__audit_append.sql hash; every verification in AuditChainTest recomputes in Java
 * what SQL wrote, so a difference fails them).
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType,
                         String entityId, String changes, String origin) {

    /** The link before position 1. */
    static final String GENESIS = "0".repeat(64);

    /** SHA-256 over every field of the row, one per line: written with the row, in the writer's transaction. */
    String contentHash() {
        return sha256(String.join("\n", Long.toString(id), occurredAt.toString(), actor, action, entityType, entityId,
                changes, origin));
    }

    /** The link at {@code position}: SHA-256 over the link before it, the position and the row's content hash. */
    static String linkHash(String previousLink, long position, String contentHash) {
        return sha256(String.join("\n", previousLink, Long.toString(position), contentHash));
    }

    /** The link of a row written before the chain moved to audit_chain (V14): its writer hashed its fields directly. */
    String legacyLinkHash(String previousLink) {
        return sha256(String.join("\n", previousLink, Long.toString(id), occurredAt.toString(), actor, action,
                entityType, entityId, changes, origin));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
