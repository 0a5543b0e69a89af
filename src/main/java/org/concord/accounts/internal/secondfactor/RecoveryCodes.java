package org.concord.accounts.internal.secondfactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One-time recovery codes: ten per enrolment, shown once, kept as SHA-256 digests. Each is 10 random Base32
 * characters (50 bits), written {@code abcde-fghij}; so random a code needs no slow hash, and the second-factor
 * throttle bounds guessing anyway.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** Replaces the account's recovery codes with ten new ones and returns them. */
    static List<String> replace(JdbcClient jdbc, long accountId) {
        jdbc.sql("delete from account_recovery_code where account_id = ?").param(accountId).update();
        List<String> codes = new ArrayList<>();
        while (codes.size() < COUNT) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String text = code.substring(0, 5) + "-" + code.substring(5);
            if (!codes.contains(text)) {
                codes.add(text);
                jdbc.sql("insert into account_recovery_code (account_id, code_hash) values (?, ?)")
                        .params(accountId, digest(text)).update();
            }
        }
        return codes;
    }

    /** Uses the code if it is one of the account's unused ones; true when it was. */
    static boolean use(JdbcClient jdbc, long accountId, String typed, OffsetDateTime now) {
        if (typed == null) {
            return false;
        }
        String clean = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (clean.length() != 10) {
            return false;
        }
        String code = clean.substring(0, 5) + "-" + clean.substring(5);
        return jdbc.sql("""
                        update account_recovery_code set used_at = ?
                        where account_id = ? and code_hash = ? and used_at is null""")
                .params(now, accountId, digest(code)).update() == 1;
    }

    static String digest(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
