package org.concord.accounts.internal.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.concord.accounts.TotpCodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238, appendix B: the test vectors (8 digits), and what Concord does around them. */
class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void theRfcTestVectors(long unixTime, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(unixTime));
        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
        // the six digits an app shows are the last six of the eight
        assertThat(Totp.code(SHA1_SEED, step)).isEqualTo(sha1.substring(2));
    }

    @Test
    void aCodeIsAcceptedWithinOneStepEitherSideAndNeverForAStepAlreadyUsed() {
        byte[] secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_700_000_015L);
        long step = Totp.step(now);
        assertThat(Totp.match(secret, Totp.code(secret, step), now, 0)).hasValue(step);
        assertThat(Totp.match(secret, Totp.code(secret, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.match(secret, Totp.code(secret, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.match(secret, Totp.code(secret, step - 2), now, 0)).isEmpty();
        assertThat(Totp.match(secret, Totp.code(secret, step + 2), now, 0)).isEmpty();
        // used: that step and the ones before are refused
        assertThat(Totp.match(secret, Totp.code(secret, step), now, step)).isEmpty();
        assertThat(Totp.match(secret, Totp.code(secret, step - 1), now, step)).isEmpty();
        assertThat(Totp.match(secret, "12345", now, 0)).isEmpty();
        assertThat(Totp.match(secret, null, now, 0)).isEmpty();
        String spaced = Totp.code(secret, step).substring(0, 3) + " " + Totp.code(secret, step).substring(3);
        assertThat(Totp.match(secret, spaced, now, 0)).hasValue(step);
    }

    @Test
    void base32RoundTripsAndTheTestHelperAgreesWithConcord() {
        byte[] secret = Totp.newSecret();
        String text = Totp.base32(secret);
        assertThat(text).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.fromBase32(text)).isEqualTo(secret);
        assertThat(Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        Instant at = Instant.ofEpochSecond(1_234_567_890L);
        assertThat(TotpCodes.at(text, at)).isEqualTo(Totp.code(secret, Totp.step(at)));
    }

    @Test
    void theAddressForAppsNamesIssuerAccountAndParameters() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        assertThat(Totp.uri("Concord", "olga officer", secret)).isEqualTo(
                "otpauth://totp/Concord:olga%20officer?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Concord"
                        + "&algorithm=SHA1&digits=6&period=30");
        assertThat(QrCode.svg("otpauth://totp/x")).startsWith("<svg").contains("<path");
    }
}
