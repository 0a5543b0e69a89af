package org.concord.oversight.internal.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A 256-bit secret kept in a file outside the database ({@code concord.oversight.secret}, default
 * {@code data/oversight-secret.key}; every instance must read the same file, like the audit signing key), made at the
 * first start. It peppers the receipts' lookup hashes (HMAC-SHA256), so a stolen database alone cannot even test a
 * guessed receipt without it; and it keys the reporter's follow-up cookie and the source hashes of the receipt throttle.
 */
@Component
public class ServerSecret {

    private static final Logger log = LoggerFactory.getLogger(ServerSecret.class);

    private final byte[] secret;

    ServerSecret(@Value("${concord.oversight.secret:data/oversight-secret.key}") Path file) {
        Path path = file.toAbsolutePath().normalize();
        try {
            if (!Files.exists(path)) {
                Files.createDirectories(path.getParent());
                try {
                    Files.writeString(path, Base64.getEncoder().encodeToString(Aead.random(32)) + "\n",
                            StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
                    log.warn("Made the oversight secret {}: every instance must share this file, and a copy belongs "
                            + "with the backups kept apart from the database's (without it no receipt works).", path);
                } catch (FileAlreadyExistsException e) {
                    // another instance made it first
                }
            }
            this.secret = Base64.getDecoder().decode(Files.readString(path, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the oversight secret " + path, e);
        }
    }

    /** HMAC-SHA256 of {@code value} under a key derived for {@code purpose}. */
    public byte[] mac(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(purpose), "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lookup hash stored beside a report, from which its receipt cannot be found without this secret. */
    public byte[] receiptLookup(Receipt receipt) {
        return mac("receipt-lookup", receipt.digits());
    }

    /** A 256-bit key derived for one purpose. */
    public byte[] key(String purpose) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(secret, null, ("concord oversight " + purpose).getBytes(StandardCharsets.UTF_8)));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, 32);
        return key;
    }
}
