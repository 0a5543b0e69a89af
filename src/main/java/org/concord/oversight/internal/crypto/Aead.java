package org.concord.oversight.internal.crypto;

import java.io.IOException;
import java.io.InputStream;
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

    /**
     * The same sealed form as {@link #seal}, read as a stream: the plaintext is read and encrypted 64 KiB at a time
     * (AES-GCM encrypts as it goes; the tag comes last), so a large attachment is never held twice in memory nor its
     * ciphertext copied into a second array on the way to the blob store.
     */
    public static InputStream sealing(byte[] key, InputStream plaintext, String context) {
        byte[] nonce = random(NONCE_BYTES);
        try {
            return new SealingStream(cipher(Cipher.ENCRYPT_MODE, key, nonce, context), nonce, plaintext);
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

    /** Version byte and nonce, then the cipher's output chunk by chunk, then its final block and tag. */
    private static final class SealingStream extends InputStream {

        private static final int CHUNK = 64 * 1024;

        private final Cipher cipher;
        private final InputStream plaintext;
        private final byte[] in = new byte[CHUNK];
        private byte[] out;
        private int position;
        private int limit;
        private boolean finished;

        SealingStream(Cipher cipher, byte[] nonce, InputStream plaintext) {
            this.cipher = cipher;
            this.plaintext = plaintext;
            this.out = new byte[Math.max(1 + NONCE_BYTES, cipher.getOutputSize(CHUNK))];
            out[0] = VERSION;
            System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
            this.limit = 1 + NONCE_BYTES;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (position == limit) {
                if (finished) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(len, limit - position);
            System.arraycopy(out, position, b, off, n);
            position += n;
            return n;
        }

        private void fill() throws IOException {
            int n = plaintext.read(in, 0, CHUNK);
            try {
                if (n < 0) {
                    ensure(cipher.getOutputSize(0));
                    limit = cipher.doFinal(out, 0);
                    finished = true;
                } else {
                    ensure(cipher.getOutputSize(n));
                    limit = cipher.update(in, 0, n, out, 0);
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM unavailable", e);
            }
            position = 0;
        }

        private void ensure(int size) {
            if (out.length < size) {
                out = new byte[size];
            }
        }

        @Override
        public void close() throws IOException {
            plaintext.close();
        }
    }
}
