package org.concord.oversight.internal.keys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An officer's X25519 key pair; the private key sealed under a key derived with Argon2id from their password. */
@Entity
@Table(name = "oversight_recipient_key")
public class RecipientKey {

    @Id
    private Long accountId;
    private byte[] publicKey;
    private byte[] sealedPrivateKey;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected RecipientKey() {
    }

    public RecipientKey(long accountId, byte[] publicKey, byte[] sealedPrivateKey, Instant now) {
        this.accountId = accountId;
        this.publicKey = publicKey;
        this.sealedPrivateKey = sealedPrivateKey;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The same private key, sealed under a new password's key. */
    public void reseal(byte[] sealed, Instant now) {
        this.sealedPrivateKey = sealed;
        this.updatedAt = now;
    }

    public Long accountId() { return accountId; }
    public byte[] publicKey() { return publicKey; }
    public byte[] sealedPrivateKey() { return sealedPrivateKey; }
    public Instant createdAt() { return createdAt; }
}
