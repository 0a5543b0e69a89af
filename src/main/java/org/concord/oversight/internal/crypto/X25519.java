package org.concord.oversight.internal.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.KeyAgreement;

/**
 * X25519 key pairs and agreement with the JDK's XDH provider. Public keys travel as their raw 32 bytes (the X.509 form
 * less its fixed 12-byte header); private keys as their PKCS#8 encoding, which is only ever stored sealed.
 */
public final class X25519 {

    private static final byte[] X509_HEADER = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x03, 0x21, 0x00};

    private X25519() {
    }

    /** A new pair: raw public key and PKCS#8 private key. */
    public record Pair(byte[] publicKey, byte[] privateKey) {
    }

    public static Pair generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("X25519").generateKeyPair();
            return new Pair(raw(pair.getPublic()), pair.getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 unavailable", e);
        }
    }

    static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, X509_HEADER.length, encoded.length);
    }

    static byte[] agree(byte[] privatePkcs8, byte[] publicRaw) {
        try {
            KeyFactory factory = KeyFactory.getInstance("X25519");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(privatePkcs8));
            byte[] x509 = new byte[X509_HEADER.length + publicRaw.length];
            System.arraycopy(X509_HEADER, 0, x509, 0, X509_HEADER.length);
            System.arraycopy(publicRaw, 0, x509, X509_HEADER.length, publicRaw.length);
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(x509));
            KeyAgreement agreement = KeyAgreement.getInstance("X25519");
            agreement.init(privateKey);
            agreement.doPhase(publicKey, true);
            return agreement.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new Aead.WrongKeyException();
        }
    }

    /** The raw public key belonging to a PKCS#8 private key. */
    public static byte[] publicOf(byte[] privatePkcs8) {
        try {
            KeyFactory factory = KeyFactory.getInstance("X25519");
            var privateKey = (java.security.interfaces.XECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privatePkcs8));
            // derive by agreeing with the base point: u = 9
            byte[] basePoint = new byte[32];
            basePoint[0] = 9;
            return agree(privateKey.getEncoded(), basePoint);
        } catch (GeneralSecurityException e) {
            throw new Aead.WrongKeyException();
        }
    }
}
