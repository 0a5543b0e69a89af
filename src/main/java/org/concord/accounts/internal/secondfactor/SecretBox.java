package org.concord.accounts.internal.secondfactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts second-factor secrets (AES-256-GCM) with a key kept in a file outside the database
 * ({@code concord.accounts.second-factor-key}, environment {@code CONCORD_ACCOUNTS_SECOND_FACTOR_KEY}; default
 * {@code data/second-factor-key}), made at the first start, like the audit signing key: a copy of the database alone
 * does not give the secrets away. Each secret is bound to its account (the account id is the associated data), so a
 * secret copied onto another account's row does not decrypt. Every instance must read the same file; losing it means
 * every person enrols again (an administrator resets their second factor).
 */
@Component
class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretBox(@Value("${concord.accounts.second-factor-key:data/second-factor-key}") Path file) {
        Path path = file.toAbsolutePath().normalize();
        try {
            if (!Files.exists(path)) {
                create(path);
            }
            byte[] bytes = Base64.getDecoder().decode(Files.readString(path, StandardCharsets.US_ASCII).trim());
            if (bytes.length != 32) {
                throw new IllegalStateException("The second-factor key " + path + " is not 32 Base64-encoded bytes");
            }
            this.key = new SecretKeySpec(bytes, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the second-factor key " + path, e);
        }
    }

    private static void create(Path path) throws IOException {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        Path parent = path.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".second-factor-key", ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own protection applies
        }
        Files.writeString(temporary, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
        try {
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            Files.deleteIfExists(temporary); // another instance made it first: use theirs
        }
        log.warn("Made the second-factor key {}. Keep a copy of it apart from database backups: without it, every "
                + "enrolled person must enrol again.", path);
    }

    byte[] seal(long accountId, byte[] secret) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, accountId);
            byte[] sealed = cipher.doFinal(secret);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] open(long accountId, byte[] sealed) {
        try {
            byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE);
            return cipher(Cipher.DECRYPT_MODE, nonce, accountId).doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A second-factor secret does not decrypt with this key (account "
                    + accountId + "): was concord.accounts.second-factor-key replaced?", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, long accountId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, nonce));
        cipher.updateAAD(ByteBuffer.allocate(8).putLong(accountId).array());
        return cipher;
    }
}
