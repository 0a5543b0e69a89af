package org.concord.accounts.internal;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.concord.shared.InvalidInputException.FieldError;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, wherever one is set (a person's own change, the first administrator's, the one-time
 * passwords Concord makes): between {@value #MIN_LENGTH} and {@value #MAX_LENGTH} characters, and hard to guess as
 * the zxcvbn estimator (Dropbox's, in nulab's Java port) judges it: common and leaked passwords and ones like them,
 * single words and names, keyboard rows, repeats, sequences, dates, and the person's own username, name and email
 * address are what guessing tools try first.
 * <p>
 * The estimator scores 0 to 4; Concord asks for {@value #MIN_SCORE}, "safely unguessable" (about 10^8 guesses or
 * more). The sign-in throttle keeps online guessing far below that, and 10^8 Argon2id checks of one stolen hash
 * cost an attacker weeks to months of a processor core; 4 would also refuse many memorable passphrases, which NIST SP 800-63B
 * advises against, without a matching gain. There is no rule on character classes, which the same guidance drops.
 */
@Component
class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final int MIN_SCORE = 3;
    /** Said to the estimator as the person's own words: everyone who guesses a Concord password tries it. */
    static final String PRODUCT = "concord";

    /** Loads the estimator's dictionaries once (about 0.2 s); measuring is thread-safe. */
    private final Zxcvbn estimator = new Zxcvbn();

    /**
     * The first rule {@code candidate} breaks, reported on {@code field}, or empty. {@code personal} are the
     * person's own words (username, name, email address), which make a password easy to guess for anyone who knows
     * them.
     */
    Optional<FieldError> check(String field, String candidate, String... personal) {
        if (candidate == null || candidate.length() < MIN_LENGTH || candidate.length() > MAX_LENGTH) {
            return Optional.of(new FieldError(field, "password-length", MIN_LENGTH, MAX_LENGTH));
        }
        Strength strength = estimator.measure(candidate, personalWords(personal));
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(field, weakness(strength)));
    }

    /**
     * The rule a too-guessable password breaks, named after the estimator's reason. Its warnings are mapped to
     * Concord's own messages (in six languages) rather than shown: the library speaks fewer languages, and names
     * no reason when the person's own words gave the password away.
     */
    static String weakness(Strength strength) {
        if (personal(strength.getSequence())) {
            return "password-personal";
        }
        String warning = strength.getFeedback().withResourceBundle(KEYS).getWarning();
        return switch (warning == null ? "" : warning) {
            case Feedback.DICTIONARY_WARNING_PASSWORDS_TOP10, Feedback.DICTIONARY_WARNING_PASSWORDS_TOP100,
                 Feedback.DICTIONARY_WARNING_PASSWORDS_VERY_COMMON -> "password-common";
            case Feedback.DICTIONARY_WARNING_PASSWORDS_SIMILAR -> "password-like-common";
            case Feedback.DICTIONARY_WARNING_ENGLISH_WIKIPEDIA_ITSELF -> "password-single-word";
            case Feedback.DICTIONARY_WARNING_ETC_NAMES_THEMSELVES, Feedback.DICTIONARY_WARNING_ETC_NAMES_COMMON -> "password-names";
            case Feedback.SPATIAL_WARNING_STRAIGHT_ROWS_OF_KEYS, Feedback.SPATIAL_WARNING_SHORT_KEYBOARD_PATTERNS -> "password-keyboard";
            case Feedback.REPEAT_WARNING_LIKE_AAA, Feedback.REPEAT_WARNING_LIKE_ABCABCABC -> "password-repeated";
            case Feedback.SEQUENCE_WARNING_LIKE_ABCOR6543 -> "password-sequence";
            case Feedback.REGEX_WARNING_RECENT_YEARS, Feedback.DATE_WARNING_DATES -> "password-dates";
            default -> "password-guessable";
        };
    }

    /** Does a match come from the person's own words? (A repeated one, "concordconcord", is named a repeat.) */
    private static boolean personal(List<Match> matches) {
        return matches.stream().anyMatch(m -> "user_inputs".equals(m.dictionaryName));
    }

    /** Every rule {@link #weakness} may name, for the message bundles' test. */
    static final List<String> WEAKNESSES = List.of("password-personal", "password-common", "password-like-common",
            "password-single-word", "password-names", "password-keyboard", "password-repeated", "password-sequence",
            "password-dates", "password-guessable");

    /** The words themselves and their parts: "Amina Hassan" gives "amina" and "hassan", an email its local part. */
    static List<String> personalWords(String... personal) {
        Set<String> words = new LinkedHashSet<>();
        words.add(PRODUCT);
        for (String given : personal) {
            if (given == null || given.isBlank()) {
                continue;
            }
            String lower = given.trim().toLowerCase(Locale.ROOT);
            words.add(lower);
            int at = lower.indexOf('@');
            if (at > 0) {
                words.add(lower.substring(0, at));
            }
            for (String part : lower.split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 3) {
                    words.add(part);
                }
            }
        }
        return new ArrayList<>(words);
    }

    /** A bundle that answers each message key with itself: the estimator's feedback then gives its keys. */
    private static final ResourceBundle KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };
}
