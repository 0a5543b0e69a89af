package org.concord.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * "The audit chain had link hash {@code hash} at {@code position}", signed (Ed25519) at {@code signedAt} by the key
 * whose public half is {@code publicKey} (base64 of its X.509 encoding). Position 0 is the empty chain (hash all zeros).
 * Anyone may keep copies; a copy still verifies against the chain after the database was rewritten, or shows that
 * it was.
 */
public record AuditCheckpoint(long position, String hash, Instant signedAt, String publicKey, String signature) {

    /** The exact text signed, UTF-8: four lines, no final newline. */
    public String signedText() {
        return signedText(position, hash, signedAt);
    }

    static String signedText(long position, String hash, Instant signedAt) {
        return "concord-audit-checkpoint\n" + position + "\n" + hash + "\n" + signedAt;
    }

    byte[] signedBytes() {
        return signedText().getBytes(StandardCharsets.UTF_8);
    }
}
