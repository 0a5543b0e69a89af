package org.concord.oversight.internal.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM (JDK) with a random 96-bit nonce per message. Sealed form: version byte 1, nonce (12 bytes), ciphertext
 * with its 128-bit tag. {@code context} is authenticated but not stored, so a sealed value moved to another place
 * (another report, another purpose) does not open.
 */
public final class Aead {

    public static final int KEY_BYTES = 32;
    static final SecureRandom RANDOM = new SecureRandom();
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;

    private Aead() {
    }

    public static byte[] newKey() {
        return random(KEY_BYTES);
    }

    public static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }

    public static byte[] seal(byte[] key, byte[] plaintext, String context) {
        byte[] nonce = random(NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, context);
            byte[] ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length).put(VERSION).put(nonce).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The plaintext; {@link WrongKeyException} when the key or context is wrong or the bytes were changed. */
    public static byte[] open(byte[] key, byte[] sealed, String context) {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + 16 || sealed[0] != VERSION) {
            throw new WrongKeyException();
        }
        byte[] nonce = java.util.Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, context);
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new WrongKeyException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** A cipher for streaming large content (attachments): the caller writes the version byte and nonce first. */
    static Cipher cipher(int mode, byte[] key, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return cipher;
    }

    /** A key, password or receipt that does not open what was sealed (or sealed bytes that were changed). */
    public static class WrongKeyException extends RuntimeException {
        public WrongKeyException() {
            super("wrong key or changed ciphertext", null, false, false);
        }
    }
}
