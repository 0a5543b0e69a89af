package org.concord.funding.internal.register;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When two process conditions ask for the same thing: the token-set Jaccard similarity of their normalised words
 * (shared words / words in either) is at least {@link #THRESHOLD}.
 *
 * <p>Normalised: Unicode NFKD with the combining marks removed (so "réforme" and "reforme" match), lower case, split at
 * every character that is neither a letter nor a digit, words of fewer than three characters dropped (articles and
 * prepositions in most of the six languages: "a", "of", "le", "de", "el", "в", "на", "في"), and a short list of longer
 * function words dropped. There is no stemming: "heads" and "headed" are two words.
 *
 * <p>In Java rather than with PostgreSQL's pg_trgm: the embedded binaries do ship pg_trgm
 * ({@code pg_available_extensions} lists it), but an external PostgreSQL need not have the contrib extensions, the
 * grouping is made over one country's conditions in memory anyway, and whole words compare conditions better than
 * letter trigrams do ("appointed" and "disappointed" share most trigrams).
 */
public final class ConditionSimilarity {

    /** Half of all the words of the two conditions together are shared. */
    public static final double THRESHOLD = 0.5;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "and", "for", "with", "its", "are", "was", "were", "has", "have", "been", "that", "this", "shall",
            "must", "into", "from", "les", "des", "est", "pour", "par", "une", "dans", "sur", "aux", "doit", "los",
            "las", "del", "por", "con", "una", "que", "debe", "для", "что", "или", "від", "або", "що", "має",
            "должен", "بين", "على", "من", "إلى", "التي", "الذي");

    private ConditionSimilarity() {
    }

    /** The words of {@code text} that count, as a set. */
    public static Set<String> words(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.codePointCount(0, word.length()) >= 3)
                .filter(word -> !FUNCTION_WORDS.contains(word))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** |A ∩ B| / |A ∪ B| of the two texts' words; 0 when either has no words that count. */
    public static double jaccard(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return (double) shared.size() / (left.size() + right.size() - shared.size());
    }

    public static boolean similar(String a, String b) {
        return jaccard(a, b) >= THRESHOLD;
    }
}
