package org.concord.projects.internal.overlap;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A MinHash signature of an activity's words, for estimating how alike two activities' titles and
 * descriptions are (the Jaccard similarity of their sets of shingles) without keeping the texts.
 *
 * <p>Shingles are the single words and the pairs of neighbouring words, after lower-casing, stripping
 * accents and dropping function words of English, French and Spanish: single words catch the same terms in
 * another order ("police reform" / "reform of the police"), pairs reward the same phrasing.
 *
 * <p>The signature has {@value #SIZE} positions; the share of positions where two signatures agree estimates
 * the similarity (within about ±0.06). It is built by one-permutation hashing with densification (Shrivastava,
 * "Optimal densification for fast and accurate minwise hashing", 2017): each shingle is hashed once, the hash
 * picks a position and the smallest value per position is kept; positions no shingle reached borrow the
 * value of another position chosen by a fixed sequence, the same for every text. That costs one hash per
 * shingle instead of one per shingle and position, and comparing two signatures is {@value #SIZE} integer
 * comparisons. Signatures of parts combine (position-wise minimum before densification), so an activity's
 * titles and descriptions are hashed as they are read.
 */
final class TextSketch {

    static final int SIZE = 64;
    static final int[] EMPTY = new int[0];
    private static final int NONE = -1;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Function words of English, French and Spanish, the languages most SSR activities are published in. */
    static final Set<String> STOP_WORDS = Set.copyOf(Arrays.asList((
            // English
            "a an and are as at be been but by for from has have in into is it its of on or that the their "
            + "there these this those to was were which will with within who whose all also any other such "
            + "than through under between over per via not no can may should would our we they them "
            // French (accents stripped, as words are)
            + "au aux avec ce ces cette dans de des du elle en et est il ils la le les leur leurs lui mais "
            + "ou par pas pour qu que qui sa se ses son sont sur un une vers entre afin ainsi dont etre "
            // Spanish (accents stripped)
            + "al como con del el en entre es esta este estos ha las lo los mas para pero por se sin sobre "
            + "su sus un una uno y ya hacia hasta segun tambien e o u"
    ).split(" ")));

    private TextSketch() {
    }

    /** Lower-case words without accents, function words and single letters, in their order. */
    static String[] words(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        String folded = isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String lower = folded.toLowerCase(Locale.ROOT);
        String[] words = new String[lower.length() / 2 + 1];
        int n = 0;
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start > 1) {
                    String word = lower.substring(start, i);
                    if (!STOP_WORDS.contains(word)) {
                        words[n++] = word;
                    }
                }
                start = -1;
            }
        }
        return Arrays.copyOf(words, n);
    }

    /** Positions before any text is added. */
    static int[] start() {
        int[] positions = new int[SIZE];
        Arrays.fill(positions, NONE);
        return positions;
    }

    /** Adds {@code text}'s shingles to {@code positions} (from {@link #start()}). */
    static void add(int[] positions, String text) {
        String[] words = words(text);
        long previous = 0;
        for (int w = 0; w < words.length; w++) {
            long word = mix(fnv(words[w]));
            put(positions, word);
            if (w > 0) {
                put(positions, mix(previous * 0x9E3779B97F4A7C15L + word));
            }
            previous = word;
        }
    }

    private static void put(int[] positions, long hash) {
        int position = (int) (hash >>> 58);
        int value = (int) (hash & 0x7fffffff);
        if (positions[position] == NONE || value < positions[position]) {
            positions[position] = value;
        }
    }

    /** The signature of what was added: empty when there were no words. */
    static int[] finish(int[] positions) {
        int filled = 0;
        for (int value : positions) {
            if (value != NONE) {
                filled++;
            }
        }
        if (filled == 0) {
            return EMPTY;
        }
        int[] signature = positions.clone();
        for (int i = 0; i < SIZE; i++) {
            for (long attempt = 1; signature[i] == NONE; attempt++) {
                int other = (int) (mix(i * 0x9E3779B97F4A7C15L + attempt * 0xC2B2AE3D27D4EB4FL) >>> 58);
                signature[i] = positions[other];
            }
        }
        return signature;
    }

    /** The signature of {@code text}. */
    static int[] of(String text) {
        int[] positions = start();
        add(positions, text);
        return finish(positions);
    }

    /** Estimated Jaccard similarity of the two texts' shingles, 0 when either has none. */
    static double similarity(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: spreads FNV's weak low bits over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
