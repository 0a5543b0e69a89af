package org.concord.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** One row of the audit log, and how its hash is made. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType,
                         String entityId, String changes, String origin, String previousHash, String hash) {

    static final String GENESIS = "0".repeat(64);

    /** SHA-256 over the previous row's hash and every field of this row, one per line. */
    static String hashOf(long id, Instant occurredAt, String actor, String action, String entityType,
                         String entityId, String changes, String origin, String previousHash) {
        String content = String.join("\n", previousHash, Long.toString(id), occurredAt.toString(), actor, action,
                entityType, entityId, changes, origin);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String expectedHash() {
        return hashOf(id, occurredAt, actor, action, entityType, entityId, changes, origin, previousHash);
    }
}
