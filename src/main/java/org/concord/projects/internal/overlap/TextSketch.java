package org.concord.projects.internal.overlap;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A MinHash signature of an activity's words, for estimating how alike two activities' titles and
 * descriptions are (Jaccard similarity of their word shingles) without keeping the texts.
 *
 * <p>This is the one-hash-function variant of MinHash (a "bottom-k" sketch): each shingle is hashed once
 * and the {@value #SIZE} smallest hashes are kept, sorted. It costs one hash per shingle instead of one per
 * shingle and hash function, and a text with fewer shingles than that keeps all of them, so short titles
 * compare exactly. Shingles are the single words and the pairs of neighbouring words: words alone catch
 * the same terms in another order ("police reform" / "reform of the police"), pairs reward the same phrasing.
 */
final class TextSketch {

    static final int SIZE = 64;
    static final int[] EMPTY = new int[0];

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
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
        String folded = text;
        if (!isAscii(folded)) {
            folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        }
        String[] tokens = NOT_WORD.split(folded.toLowerCase(Locale.ROOT));
        int n = 0;
        for (String token : tokens) {
            if (token.length() > 1 && !STOP_WORDS.contains(token)) {
                tokens[n++] = token;
            }
        }
        return Arrays.copyOf(tokens, n);
    }

    /** The signature of {@code text}: sorted distinct shingle hashes, at most {@value #SIZE}. */
    static int[] of(String text) {
        String[] words = words(text);
        if (words.length == 0) {
            return EMPTY;
        }
        long[] wordHashes = new long[words.length];
        int[] hashes = new int[2 * words.length - 1];
        for (int i = 0; i < words.length; i++) {
            wordHashes[i] = fnv(words[i]);
            hashes[i] = (int) (mix(wordHashes[i]) >>> 32);
        }
        for (int i = 1; i < words.length; i++) {
            hashes[words.length + i - 1] = (int) (mix(wordHashes[i - 1] * 0x9E3779B97F4A7C15L + wordHashes[i]) >>> 32);
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length && distinct < SIZE; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /**
     * Estimated Jaccard similarity: of the {@value #SIZE} smallest hashes of both texts together, the share
     * that both texts have. Exact when the two texts together have no more shingles than that.
     */
    static double similarity(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int union = 0;
        int both = 0;
        // the smallest hashes of both signatures together are the smallest of both texts together, and a
        // hash among them belongs to a text exactly when it is in that text's signature
        while (union < SIZE && (i < a.length || j < b.length)) {
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                i++;
            } else if (i == a.length || b[j] < a[i]) {
                j++;
            } else {
                both++;
                i++;
                j++;
            }
            union++;
        }
        return union == 0 ? 0 : (double) both / union;
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
