package org.concord.accounts;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Codes of a second factor for tests of any module, computed here independently of Concord's own {@code Totp} (RFC
 * 6238: HMAC-SHA1, 6 digits, 30-second steps). A test learns the secret where a person does, on the enrolment page:
 * {@link #secretFrom(String)} reads it from the page's HTML (element {@code #totp-secret}); a Selenium test reads
 * {@code driver.findElement(By.id("totp-secret")).getText()}. A code is accepted once: for a second sign-in in the
 * same 30 seconds use {@link #next(String)}, the code of the following step (accepted within one step).
 */
public final class TotpCodes {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>\\s*([A-Z2-7]+)\\s*<");

    private TotpCodes() {
    }

    /** The code of the current step. */
    public static String now(String base32Secret) {
        return at(base32Secret, Instant.now());
    }

    /** The code of the step after the current one. */
    public static String next(String base32Secret) {
        return at(base32Secret, Instant.now().plusSeconds(30));
    }

    /** The code of the step before the current one. */
    public static String previous(String base32Secret) {
        return at(base32Secret, Instant.now().minusSeconds(30));
    }

    public static String at(String base32Secret, Instant when) {
        return hotp(decode(base32Secret), Math.floorDiv(when.getEpochSecond(), 30));
    }

    /** The secret shown on an enrolment page. */
    public static String secretFrom(String enrolmentPageHtml) {
        Matcher m = SECRET.matcher(enrolmentPageHtml);
        if (!m.find()) {
            throw new AssertionError("No #totp-secret on this page");
        }
        return m.group(1);
    }

    static String hotp(byte[] key, long counter) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int o = h[19] & 0xf;
            int value = ((h[o] & 0x7f) << 24 | (h[o + 1] & 0xff) << 16 | (h[o + 2] & 0xff) << 8 | (h[o + 3] & 0xff))
                    % 1_000_000;
            return String.format(Locale.ROOT, "%06d", value);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] decode(String base32) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteBuffer out = ByteBuffer.allocate(base32.length() * 5 / 8);
        long buffer = 0;
        int bits = 0;
        for (char c : base32.toUpperCase(Locale.ROOT).toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
