package org.concord.oversight.internal.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Seals a secret under a key derived with Argon2id (Bouncy Castle) from something a person knows: an officer's
 * password, the body's recovery passphrase, a reporter's receipt. Sealed form: version byte 1, memory in KiB (4 bytes),
 * iterations (1), parallelism (1), salt (16), then {@link Aead}'s sealed form; so parameters can grow later without
 * making older values unreadable.
 */
public final class PasswordSealing {

    /** OWASP's recommended minimum for Argon2id (19 MiB, 2 passes): about 50 ms here, so intake stays well under 1 s. */
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final byte VERSION = 1;
    private static final int SALT_BYTES = 16;
    private static final int HEADER = 1 + 4 + 1 + 1 + SALT_BYTES;

    private PasswordSealing() {
    }

    public static byte[] seal(char[] secretWords, byte[] secret, String context) {
        byte[] salt = Aead.random(SALT_BYTES);
        byte[] key = derive(secretWords, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
        try {
            byte[] sealed = Aead.seal(key, secret, context);
            return ByteBuffer.allocate(HEADER + sealed.length).put(VERSION).putInt(MEMORY_KIB).put((byte) ITERATIONS)
                    .put((byte) PARALLELISM).put(salt).put(sealed).array();
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    public static byte[] open(char[] secretWords, byte[] sealed, String context) {
        if (sealed == null || sealed.length <= HEADER || sealed[0] != VERSION) {
            throw new Aead.WrongKeyException();
        }
        ByteBuffer b = ByteBuffer.wrap(sealed);
        b.get();
        int memory = b.getInt();
        int iterations = b.get();
        int parallelism = b.get();
        byte[] salt = new byte[SALT_BYTES];
        b.get(salt);
        if (memory > 1024 * 1024 || iterations < 1 || parallelism < 1) {
            throw new Aead.WrongKeyException();
        }
        byte[] key = derive(secretWords, salt, memory, iterations, parallelism);
        try {
            return Aead.open(key, Arrays.copyOfRange(sealed, HEADER, sealed.length), context);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] derive(char[] secretWords, byte[] salt, int memory, int iterations, int parallelism) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory).withIterations(iterations).withParallelism(parallelism).withSalt(salt).build());
        byte[] password = toUtf8(secretWords);
        byte[] key = new byte[Aead.KEY_BYTES];
        try {
            generator.generateBytes(password, key);
            return key;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    private static byte[] toUtf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
