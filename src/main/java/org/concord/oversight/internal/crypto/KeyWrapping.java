package org.concord.oversight.internal.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Wraps a report's key for an X25519 public key, ECIES style: a fresh ephemeral key pair, X25519 agreement with the
 * holder's key, HKDF-SHA256 (Bouncy Castle; the JDK has none on 17) over the shared secret with both public keys as
 * salt, then AES-256-GCM. Wrapped form: ephemeral public key (32 bytes), then {@link Aead}'s sealed form.
 */
public final class KeyWrapping {

    private static final byte[] INFO = "concord oversight report key v1".getBytes(StandardCharsets.US_ASCII);

    private KeyWrapping() {
    }

    public static byte[] wrap(byte[] reportKey, byte[] holderPublicKey) {
        X25519.Pair ephemeral = X25519.generate();
        byte[] kek = kek(X25519.agree(ephemeral.privateKey(), holderPublicKey), ephemeral.publicKey(), holderPublicKey);
        try {
            byte[] sealed = Aead.seal(kek, reportKey, "report-key");
            return ByteBuffer.allocate(32 + sealed.length).put(ephemeral.publicKey()).put(sealed).array();
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    public static byte[] unwrap(byte[] wrapped, byte[] holderPrivateKey) {
        if (wrapped == null || wrapped.length < 33) {
            throw new Aead.WrongKeyException();
        }
        byte[] ephemeralPublic = Arrays.copyOf(wrapped, 32);
        byte[] holderPublic = X25519.publicOf(holderPrivateKey);
        byte[] kek = kek(X25519.agree(holderPrivateKey, ephemeralPublic), ephemeralPublic, holderPublic);
        try {
            return Aead.open(kek, Arrays.copyOfRange(wrapped, 32, wrapped.length), "report-key");
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static byte[] kek(byte[] shared, byte[] ephemeralPublic, byte[] holderPublic) {
        byte[] salt = ByteBuffer.allocate(64).put(ephemeralPublic).put(holderPublic).array();
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(shared, salt, INFO));
        byte[] kek = new byte[Aead.KEY_BYTES];
        hkdf.generateBytes(kek, 0, kek.length);
        Arrays.fill(shared, (byte) 0);
        return kek;
    }
}
