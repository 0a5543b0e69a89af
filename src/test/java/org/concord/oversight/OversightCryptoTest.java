package org.concord.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.concord.oversight.internal.crypto.Aead;
import org.concord.oversight.internal.crypto.KeyWrapping;
import org.concord.oversight.internal.crypto.PasswordSealing;
import org.concord.oversight.internal.crypto.Receipt;
import org.concord.oversight.internal.crypto.X25519;
import org.junit.jupiter.api.Test;

/** Round trips of the report key through every holder, and refusals of every wrong key. */
class OversightCryptoTest {

    @Test
    void aReportKeyWrappedForEachRecipientOpensOnlyWithThatRecipientsPrivateKey() {
        byte[] reportKey = Aead.newKey();
        X25519.Pair alice = X25519.generate();
        X25519.Pair bob = X25519.generate();
        byte[] forAlice = KeyWrapping.wrap(reportKey, alice.publicKey());
        byte[] forBob = KeyWrapping.wrap(reportKey, bob.publicKey());

        assertThat(KeyWrapping.unwrap(forAlice, alice.privateKey())).isEqualTo(reportKey);
        assertThat(KeyWrapping.unwrap(forBob, bob.privateKey())).isEqualTo(reportKey);
        assertThat(forAlice).isNotEqualTo(forBob);
        assertThatThrownBy(() -> KeyWrapping.unwrap(forAlice, bob.privateKey())).isInstanceOf(Aead.WrongKeyException.class);
        forAlice[40] ^= 1;
        assertThatThrownBy(() -> KeyWrapping.unwrap(forAlice, alice.privateKey())).isInstanceOf(Aead.WrongKeyException.class);
    }

    @Test
    void theRecoveryKeySealedUnderAPassphraseOpensReportsWrappedForIt() {
        byte[] reportKey = Aead.newKey();
        X25519.Pair recovery = X25519.generate();
        byte[] sealedPrivate = PasswordSealing.seal("long recovery passphrase".toCharArray(), recovery.privateKey(), "recovery");
        byte[] wrapped = KeyWrapping.wrap(reportKey, recovery.publicKey());

        byte[] opened = PasswordSealing.open("long recovery passphrase".toCharArray(), sealedPrivate, "recovery");
        assertThat(KeyWrapping.unwrap(wrapped, opened)).isEqualTo(reportKey);
        assertThat(X25519.publicOf(opened)).isEqualTo(recovery.publicKey());
        assertThatThrownBy(() -> PasswordSealing.open("wrong passphrase".toCharArray(), sealedPrivate, "recovery"))
                .isInstanceOf(Aead.WrongKeyException.class);
    }

    @Test
    void theReceiptOpensTheReportKeyAndNothingElseDoes() {
        byte[] reportKey = Aead.newKey();
        Receipt receipt = Receipt.generate();
        byte[] wrapped = PasswordSealing.seal(receipt.chars(), reportKey, "receipt");

        Receipt typed = Receipt.parse(receipt.grouped().replaceFirst(" ", "-")).orElseThrow();
        assertThat(PasswordSealing.open(typed.chars(), wrapped, "receipt")).isEqualTo(reportKey);
        assertThat(receipt.grouped()).matches("\\d{4} \\d{4} \\d{4} \\d{4}");
        Receipt other = Receipt.parse("0000 0000 0000 0000").orElseThrow();
        assertThatThrownBy(() -> PasswordSealing.open(other.chars(), wrapped, "receipt"))
                .isInstanceOf(Aead.WrongKeyException.class);
        assertThat(Receipt.parse("1234")).isEmpty();
        assertThat(Receipt.parse("abcd efgh ijkl mnop")).isEmpty();
    }

    @Test
    void contentSealedForOneContextDoesNotOpenInAnother() {
        byte[] key = Aead.newKey();
        byte[] sealed = Aead.seal(key, "what happened".getBytes(StandardCharsets.UTF_8), "answers:1");
        assertThat(new String(Aead.open(key, sealed, "answers:1"), StandardCharsets.UTF_8)).isEqualTo("what happened");
        assertThatThrownBy(() -> Aead.open(key, sealed, "answers:2")).isInstanceOf(Aead.WrongKeyException.class);
        assertThatThrownBy(() -> Aead.open(Aead.newKey(), sealed, "answers:1")).isInstanceOf(Aead.WrongKeyException.class);
    }
}
