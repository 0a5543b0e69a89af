package org.concord.oversight.internal.keys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A body's recovery key pair: every report of the body is also wrapped for its public key. Its private key is held
 * by the body's administrator (shown once), or sealed here under a recovery passphrase only they know.
 */
@Entity
@Table(name = "oversight_recovery_key")
public class RecoveryKey {

    @Id
    private Long organisationId;
    private byte[] publicKey;
    private byte[] sealedPrivateKey;
    private Instant createdAt;
    private Long createdBy;

    protected RecoveryKey() {
    }

    public RecoveryKey(long organisationId, byte[] publicKey, byte[] sealedPrivateKey, Long createdBy, Instant now) {
        this.organisationId = organisationId;
        this.publicKey = publicKey;
        this.sealedPrivateKey = sealedPrivateKey;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long organisationId() { return organisationId; }
    public byte[] publicKey() { return publicKey; }
    public byte[] sealedPrivateKey() { return sealedPrivateKey; }
    public Instant createdAt() { return createdAt; }
}
