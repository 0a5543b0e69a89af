package org.concord.oversight.internal.keys;

import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.concord.audit.EntityChanged;
import org.concord.oversight.internal.channels.ChannelPermissions;
import org.concord.oversight.internal.channels.ChannelRepository;
import org.concord.oversight.internal.crypto.Aead;
import org.concord.oversight.internal.crypto.PasswordSealing;
import org.concord.oversight.internal.crypto.X25519;
import org.concord.oversight.internal.reports.Report;
import org.concord.oversight.internal.reports.ReportContent;
import org.concord.oversight.internal.reports.ReportRepository;
import org.concord.shared.InvalidInputException;
import org.concord.shared.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body's recovery key: made once by the body's administrator, who either takes its private key away (shown once,
 * as text to keep offline) or has it sealed here under a recovery passphrase of their choosing (at least 16
 * characters). With it, they give every current recipient of the body's channels the key of every report again,
 * after a recipient's password was reset or a new officer joined.
 */
@Service
public class RecoveryKeys {

    static final String CONTEXT = "recovery-key";
    static final int MIN_PASSPHRASE = 16;

    private final RecoveryKeyRepository keys;
    private final RecipientKeyRepository recipientKeys;
    private final ReportRepository reports;
    private final ChannelRepository channels;
    private final ReportContent content;
    private final ChannelPermissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecoveryKeys(RecoveryKeyRepository keys, RecipientKeyRepository recipientKeys, ReportRepository reports,
                 ChannelRepository channels, ReportContent content, ChannelPermissions permissions,
                 ApplicationEventPublisher events, Clock clock) {
        this.keys = keys;
        this.recipientKeys = recipientKeys;
        this.reports = reports;
        this.channels = channels;
        this.content = content;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<RecoveryKey> find(long organisationId) {
        return keys.findById(organisationId);
    }

    /**
     * Makes the body's recovery key. Without a passphrase, returns its private key (Base64) for the administrator to
     * keep: Concord keeps no copy. With one, seals it here and returns empty.
     */
    @Transactional
    public Optional<String> create(long organisationId, String passphrase) {
        Actor actor = permissions.checkMayAdminister(organisationId);
        if (keys.existsById(organisationId)) {
            throw new InvalidInputException("organisationId", "recovery-key-exists");
        }
        boolean sealedHere = passphrase != null && !passphrase.isEmpty();
        if (sealedHere && passphrase.length() < MIN_PASSPHRASE) {
            throw new InvalidInputException("passphrase", "passphrase-too-short", MIN_PASSPHRASE);
        }
        X25519.Pair pair = X25519.generate();
        byte[] sealed = sealedHere ? PasswordSealing.seal(passphrase.toCharArray(), pair.privateKey(), CONTEXT) : null;
        keys.saveAndFlush(new RecoveryKey(organisationId, pair.publicKey(), sealed, actor.accountId(), clock.instant()));
        events.publishEvent(EntityChanged.diff("oversight-recovery-key", organisationId, "created", java.util.Map.of(),
                EntityChanged.snapshot("heldBy", sealedHere ? "passphrase" : "administrator")));
        return sealedHere ? Optional.empty() : Optional.of(Base64.getEncoder().encodeToString(pair.privateKey()));
    }

    /**
     * Opens every report of the body with the recovery key (the private key's text, or the passphrase) and wraps its
     * key for each current recipient of its channel who has a key pair and no wrapped key yet. Returns how many keys
     * it wrapped.
     */
    @Transactional
    public int restoreAccess(long organisationId, String privateKeyOrPassphrase) {
        permissions.checkMayAdminister(organisationId);
        RecoveryKey recovery = keys.findById(organisationId)
                .orElseThrow(() -> new InvalidInputException("organisationId", "recovery-key-missing"));
        byte[] privateKey = open(recovery, privateKeyOrPassphrase == null ? "" : privateKeyOrPassphrase.strip());
        int granted = 0;
        for (Report report : reports.findByOrganisationIdAndPurgedAtIsNull(organisationId)) {
            var channel = channels.findById(report.channelId()).orElseThrow();
            byte[] key = content.keyForRecovery(report.id(), privateKey);
            for (RecipientKey recipient : recipientKeys.findAllById(channel.recipients())) {
                if (content.grant(report.id(), key, recipient.accountId(), recipient.publicKey())) {
                    granted++;
                }
            }
        }
        events.publishEvent(EntityChanged.diff("oversight-recovery-key", organisationId, "access-restored",
                java.util.Map.of(), EntityChanged.snapshot("keysWrapped", granted)));
        return granted;
    }

    private static byte[] open(RecoveryKey recovery, String given) {
        try {
            if (recovery.sealedPrivateKey() != null) {
                return PasswordSealing.open(given.toCharArray(), recovery.sealedPrivateKey(), CONTEXT);
            }
            byte[] privateKey = Base64.getDecoder().decode(given.replaceAll("\\s", ""));
            if (!java.util.Arrays.equals(X25519.publicOf(privateKey), recovery.publicKey())) {
                throw new Aead.WrongKeyException();
            }
            return privateKey;
        } catch (IllegalArgumentException | Aead.WrongKeyException e) {
            throw new InvalidInputException("recoveryKey", "recovery-key-wrong");
        }
    }
}
