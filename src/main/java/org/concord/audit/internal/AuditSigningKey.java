package org.concord.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Ed25519 key that signs the audit chain's checkpoints. It lives in a file outside the database
 * ({@code concord.audit.signing-key}, environment {@code CONCORD_AUDIT_SIGNING_KEY}; default
 * {@code data/audit-signing-key.pem}), made at the first start: someone who can rewrite the database but not read this
 * file cannot sign a checkpoint of a chain they recomputed. Beside it, {@code audit-last-checkpoint.json} keeps the
 * last checkpoint this machine signed, so that checkpoints removed from the database are noticed here too.
 */
@Component
class AuditSigningKey {

    private static final Logger log = LoggerFactory.getLogger(AuditSigningKey.class);
    private static final Pattern PEM = Pattern.compile("-----BEGIN (PRIVATE|PUBLIC) KEY-----([^-]+)-----END \\1 KEY-----");

    private final Path file;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final boolean made;
    private final java.util.concurrent.atomic.AtomicBoolean mayStartChain;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditSigningKey(@Value("${concord.audit.signing-key:data/audit-signing-key.pem}") Path file) {
        this.file = file.toAbsolutePath().normalize();
        boolean created = false;
        if (!Files.exists(this.file)) {
            created = create(this.file);
        }
        KeyPair pair = read(this.file);
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
        this.made = created;
        this.mayStartChain = new java.util.concurrent.atomic.AtomicBoolean(created);
        if (created) {
            log.warn("Made the audit log's signing key {} (public key {}). Keep a copy of this file out of the database's "
                    + "reach: checkpoints of the audit log are signed with it.", this.file, publicKeyBase64());
        }
    }

    /** True when this start made the key: the chainer then signs the chain as it stands as the first checkpoint. */
    boolean madeAtThisStart() {
        return made;
    }

    /**
     * Whether this key may sign a first checkpoint of a chain that has none: once, and only if it was made at this
     * start and has not yet seen a checkpoint. Otherwise checkpoints missing from the database mean they were removed.
     */
    boolean takeFirstCheckpoint() {
        return mayStartChain.getAndSet(false);
    }

    /** The database holds checkpoints: from now on, none missing is ever a first one. */
    void sawCheckpoints() {
        mayStartChain.set(false);
    }

    Path file() {
        return file;
    }

    /** Base64 of the public key's X.509 (SubjectPublicKeyInfo) encoding, as shown on the checkpoints page. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** The public key as PEM, for {@code openssl pkeyutl -verify}. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + publicKeyBase64() + "\n-----END PUBLIC KEY-----\n";
    }

    /** SHA-256 of the public key's encoding, in hex: a short name to compare copies by. */
    public String fingerprint() {
        return AuditEntry.sha256(publicKeyBase64()).substring(0, 16);
    }

    AuditCheckpoint sign(long position, String hash, Instant signedAt) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(AuditCheckpoint.signedText(position, hash, signedAt).getBytes(StandardCharsets.UTF_8));
            return new AuditCheckpoint(position, hash, signedAt, publicKeyBase64(),
                    Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign an audit checkpoint", e);
        }
    }

    /** Whether this key signed {@code checkpoint} (whatever public key the checkpoint names). */
    boolean signed(AuditCheckpoint checkpoint) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(checkpoint.signedBytes());
            return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Keeps the checkpoint just signed (and committed) beside the key; replaces the one kept before. */
    void remember(AuditCheckpoint checkpoint) {
        Path kept = lastCheckpointFile();
        try {
            Path temporary = kept.resolveSibling(kept.getFileName() + ".tmp");
            Files.writeString(temporary, json.writeValueAsString(checkpoint));
            try {
                Files.move(temporary, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, kept, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log.warn("Could not keep the last audit checkpoint in {}: {}", kept, e.getMessage());
        }
    }

    /** The last checkpoint this machine signed, if it kept one. */
    Optional<AuditCheckpoint> lastRemembered() {
        Path kept = lastCheckpointFile();
        if (!Files.exists(kept)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(Files.readString(kept), AuditCheckpoint.class));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The last audit checkpoint kept in " + kept + " cannot be read: " + e.getMessage(), e);
        }
    }

    Path lastCheckpointFile() {
        return file.resolveSibling("audit-last-checkpoint.json");
    }

    private static boolean create(Path file) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n"
                    + "-----BEGIN PUBLIC KEY-----\n" + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Path parent = file.getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".audit-signing-key", ".tmp");
            try {
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's permissions protect it
                }
                Files.writeString(temporary, pem);
                // another instance starting at the same moment may have made it first: then that one is the key
                Files.createLink(file, temporary);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the audit signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair read(Path file) {
        try {
            String text = Files.readString(file);
            byte[] privateBytes = null;
            byte[] publicBytes = null;
            Matcher m = PEM.matcher(text);
            while (m.find()) {
                byte[] der = Base64.getMimeDecoder().decode(m.group(2));
                if (m.group(1).equals("PRIVATE")) {
                    privateBytes = der;
                } else {
                    publicBytes = der;
                }
            }
            if (privateBytes == null || publicBytes == null) {
                throw new IllegalStateException("The audit signing key " + file
                        + " must hold an Ed25519 PRIVATE KEY and its PUBLIC KEY in PEM");
            }
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(privateBytes));
            PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(publicBytes));
            checkPair(file, privateKey, publicKey);
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit signing key " + file + " is not an Ed25519 key: " + e.getMessage(), e);
        }
    }

    private static void checkPair(Path file, PrivateKey privateKey, PublicKey publicKey) throws GeneralSecurityException {
        byte[] probe = HexFormat.of().parseHex("00");
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(probe);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(probe);
        if (!verifier.verify(signer.sign())) {
            throw new IllegalStateException("The audit signing key " + file + " holds a public key that is not its private key's");
        }
    }
}
