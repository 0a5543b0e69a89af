package org.concord.oversight.internal.keys;

import java.time.Clock;
import java.util.Optional;
import org.concord.accounts.Accounts;
import org.concord.accounts.PasswordChangeParticipant;
import org.concord.audit.EntityChanged;
import org.concord.oversight.internal.crypto.Aead;
import org.concord.oversight.internal.crypto.PasswordSealing;
import org.concord.oversight.internal.crypto.X25519;
import org.concord.oversight.internal.reports.ReportKeyRepository;
import org.concord.shared.InvalidInputException;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' key pairs: enrolment with their password, unlocking for reading, and re-sealing when the password changes
 * (called by accounts inside its password-change transaction).
 */
@Service
public class RecipientKeys implements PasswordChangeParticipant {

    private static final Logger log = LoggerFactory.getLogger(RecipientKeys.class);

    private final RecipientKeyRepository keys;
    private final ReportKeyRepository reportKeys;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecipientKeys(RecipientKeyRepository keys, ReportKeyRepository reportKeys, Accounts accounts,
                  ApplicationEventPublisher events, Clock clock) {
        this.keys = keys;
        this.reportKeys = reportKeys;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    static String context(long accountId) {
        return "recipient-key:" + accountId;
    }

    @Transactional(readOnly = true)
    public Optional<RecipientKey> find(long accountId) {
        return keys.findById(accountId);
    }

    /**
     * Makes the signed-in officer a key pair sealed under their password, replacing one they can no longer open
     * (after an administrator reset their password); reports wrapped for the old key are then regained through the
     * body's recovery key.
     */
    @Transactional
    public void enrol(char[] password) {
        Actor actor = CurrentActor.enforce(a -> a.hasAnywhere(Role.OVERSIGHT_OFFICER));
        if (!accounts.passwordMatches(actor.accountId(), password)) {
            throw new InvalidInputException("password", "wrong-password");
        }
        X25519.Pair pair = X25519.generate();
        byte[] sealed = PasswordSealing.seal(password, pair.privateKey(), context(actor.accountId()));
        boolean replaced = keys.existsById(actor.accountId());
        if (replaced) {
            keys.deleteById(actor.accountId());
            keys.flush();
            reportKeys.deleteByAccountIdAndHolder(actor.accountId(), org.concord.oversight.internal.reports.ReportKey.Holder.RECIPIENT);
        }
        keys.saveAndFlush(new RecipientKey(actor.accountId(), pair.publicKey(), sealed, clock.instant()));
        events.publishEvent(EntityChanged.of("oversight-recipient-key", actor.accountId(), replaced ? "replaced" : "enrolled"));
    }

    /** The officer's private key (PKCS#8); {@link Aead.WrongKeyException} when the password does not open it. */
    @Transactional(readOnly = true)
    public byte[] unlock(long accountId, char[] password) {
        RecipientKey key = keys.findById(accountId).orElseThrow(Aead.WrongKeyException::new);
        return PasswordSealing.open(password, key.sealedPrivateKey(), context(accountId));
    }

    @Override
    public void passwordChanged(long accountId, char[] oldPassword, char[] newPassword) {
        keys.findById(accountId).ifPresent(key -> {
            try {
                byte[] privateKey = PasswordSealing.open(oldPassword, key.sealedPrivateKey(), context(accountId));
                key.reseal(PasswordSealing.seal(newPassword, privateKey, context(accountId)), clock.instant());
                java.util.Arrays.fill(privateKey, (byte) 0);
                keys.saveAndFlush(key);
            } catch (Aead.WrongKeyException e) {
                // sealed under a password from before an administrator's reset: only the recovery key helps now
                log.info("Recipient key of account {} is sealed under an earlier password and stays so", accountId);
            }
        });
    }
}
