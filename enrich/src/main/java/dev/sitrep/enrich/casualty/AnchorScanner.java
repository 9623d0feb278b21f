package dev.sitrep.enrich.casualty;

import dev.sitrep.enrich.text.Chars;
import dev.sitrep.enrich.text.WordTokens;

import java.util.List;
import java.util.Locale;

/**
 * Tells, without allocating, whether a stretch of text holds any of a fixed set of words (ASCII,
 * case-insensitive). The extractor runs it over every sentence and tokenizes only those that hold a
 * casualty word: most sentences of most articles hold none. Immutable and thread-safe.
 */
final class AnchorScanner {

    private final char[][] table;
    private final int[] hashes;
    /** Each slot's word as its index in the list the scanner was made of. */
    private final int[] indices;
    private final int mask;
    private final int minLength;
    private final int maxLength;
    /**
     * Bit {@code n} of entry {@code 26 * a + z}: some word of length {@code n} starts with the letter a and ends
     * with the letter z (0 to 25 for 'a' to 'z'). Most words of a text fail this test and are never hashed.
     */
    private final long[] byFirstAndLast = new long[26 * 26];
    /**
     * Bit {@code spread(hash) & (FILTER_BITS - 1)} is set for the hash of each word: a token's hash, which the word
     * tokenizer made ({@link WordTokens#keyHash}), rules out nearly every token of a text with one read of this
     * table, where testing its letters took three reads of the text and two of tables.
     */
    private final long[] byHash = new long[FILTER_BITS / 64];

    /** Bits of {@link #byHash}: a hundred words leave about one token in forty to look up. */
    private static final int FILTER_BITS = 4096;

    /** A scanner for {@code words}, distinct; {@link #indexOf} tells them by their index in the list. */
    AnchorScanner(List<String> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4)) * 2;
        table = new char[size][];
        hashes = new int[size];
        indices = new int[size];
        mask = size - 1;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int index = 0; index < words.size(); index++) {
            String w = words.get(index);
            String lower = w.toLowerCase(Locale.ROOT);
            int h = hash(lower, 0, lower.length());
            int slot = spread(h) & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = lower.toCharArray();
            hashes[slot] = h;
            indices[slot] = index;
            int bit = spread(h) & FILTER_BITS - 1;
            byHash[bit >>> 6] |= 1L << bit;
            if (lower.length() < 63 && lower.length() >= 2 && lower.chars().allMatch(c -> c >= 'a' && c <= 'z')
                    && !(lower.length() == 2 && lower.charAt(1) == 't')) {
                byFirstAndLast[26 * (lower.charAt(0) - 'a') + lower.charAt(lower.length() - 1) - 'a'] |= 1L << lower.length();
            } else {
                // two letters at least: the word tokens leave the "s" of a possessive out; and they give "at" no hash
                throw new IllegalArgumentException("anchor words are two to 62 letters a to z, not two ending in t: "
                        + w);
            }
            min = Math.min(min, lower.length());
            max = Math.max(max, lower.length());
        }
        minLength = min;
        maxLength = max;
    }

    /**
     * The first of the words in {@code text[from, length)}, found among the text's word tokens from token
     * {@code fromToken} on, which must be none after the first token ending after {@code from}: the same offset
     * {@link #next(char[], int, int)} finds, at a fraction of the cost, since a token of plain letters is one word
     * as this scanner sees words, and only the rest need reading character by character.
     *
     * <p>Returns the hit's offset and its token's index, packed ({@link #offset}, {@link #token}), or -1. A caller
     * scanning on after a hit passes that token again, or one found from it by {@link #firstEndingAfter}: a
     * short walk on from the last hit, where a binary search from the first token would take ten unpredictable
     * steps a call.
     */
    long find(char[] text, WordTokens words, int fromToken, int from) {
        int n = words.size();
        for (int k = fromToken; k < n; k++) {
            int start = words.start(k);
            int end = words.end(k);
            if (start < from || !words.is(k, WordTokens.ASCII_LETTERS)) {
                int hit = next(text, Math.max(start, from), end);
                if (hit >= 0) {
                    return found(hit, k);
                }
                continue;
            }
            int h = words.keyHash(k); // 0 for "at" and "it", which no hash of a word equals
            int bit = spread(h) & FILTER_BITS - 1;
            if ((byHash[bit >>> 6] >>> bit & 1) != 0 && contains(text, start, end - start, h)) {
                return found(start, k);
            }
        }
        return -1;
    }

    /** The first token from {@code k} on that ends after {@code offset}, or the token count: token ends rise. */
    static int firstEndingAfter(WordTokens words, int k, int offset) {
        int n = words.size();
        while (k < n && words.end(k) <= offset) {
            k++;
        }
        return k;
    }

    private static long found(int offset, int token) {
        return (long) token << 32 | offset;
    }

    /** The text offset of a hit {@link #find} returned. */
    static int offset(long found) {
        return (int) found;
    }

    /** The index of the word token holding a hit {@link #find} returned. */
    static int token(long found) {
        return (int) (found >>> 32);
    }

    /** The offset of the first of the words in {@code text[from, to)}, or -1. */
    int next(char[] text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text[i];
            if (!Chars.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && Chars.isLetter(text[i])) {
                i++;
            }
            int length = i - start;
            if (length < minLength || length > maxLength || !plausible(text[start], text[i - 1], length)) {
                continue;
            }
            int h = 0;
            for (int k = start; k < i; k++) {
                h = 31 * h + lower(text[k]);
            }
            if (contains(text, start, length, h) && (start == from || !Chars.isLetter(text[start - 1]))) {
                return start;
            }
        }
        return -1;
    }

    /** False when no word of this length starts and ends with these letters; words are ASCII letters. */
    private boolean plausible(char first, char last, int length) {
        char f = lower(first);
        char l = lower(last);
        return f < 128 && l < 128 && (byFirstAndLast[26 * (f - 'a') + l - 'a'] & (1L << length)) != 0;
    }

    private boolean contains(char[] text, int start, int length, int h) {
        return slotOf(text, start, length, h) >= 0;
    }

    /** The index of {@code text[start, end)} among the scanner's words (ASCII, any case), or -1. */
    int indexOf(char[] text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lower(text[i]);
        }
        int slot = slotOf(text, start, end - start, h);
        return slot < 0 ? -1 : indices[slot];
    }

    /** The end of the word starting at {@code start}: its letters as this scanner sees letters, up to {@code to}. */
    static int wordEnd(char[] text, int start, int to) {
        int i = start;
        while (i < to && Chars.isLetter(text[i])) {
            i++;
        }
        return i;
    }

    private int slotOf(char[] text, int start, int length, int h) {
        int slot = spread(h) & mask;
        char[] entry;
        while ((entry = table[slot]) != null) {
            if (hashes[slot] == h && entry.length == length && sameWord(entry, text, start)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static boolean sameWord(char[] entry, char[] text, int start) {
        for (int k = 0; k < entry.length; k++) {
            if (entry[k] != lower(text[start + k])) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lower(s.charAt(i));
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
