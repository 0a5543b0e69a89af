package org.concord.oversight.internal.crypto;

import java.util.Optional;

/**
 * What a reporter keeps to come back: 16 random decimal digits (about 53 bits), shown once, grouped 4 by 4. Only
 * its peppered lookup hash and the report key wrapped under its Argon2id key are stored.
 */
public final class Receipt {

    private final String digits;

    private Receipt(String digits) {
        this.digits = digits;
    }

    public static Receipt generate() {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append((char) ('0' + Aead.RANDOM.nextInt(10)));
        }
        return new Receipt(sb.toString());
    }

    /** What a reporter typed, spaces and dashes allowed; empty unless it is 16 digits. */
    public static Optional<Receipt> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s-]", "");
        return digits.matches("[0-9]{16}") ? Optional.of(new Receipt(digits)) : Optional.empty();
    }

    public String digits() {
        return digits;
    }

    /** "1234 5678 9012 3456" */
    public String grouped() {
        return digits.substring(0, 4) + " " + digits.substring(4, 8) + " " + digits.substring(8, 12) + " "
                + digits.substring(12);
    }

    public char[] chars() {
        return digits.toCharArray();
    }

    @Override
    public String toString() {
        return "Receipt[hidden]";
    }
}
