package dev.sitrep.enrich.casualty;

import java.util.Collection;
import java.util.Locale;

/**
 * Tells, without allocating, whether a stretch of text holds any of a fixed set of words (ASCII,
 * case-insensitive). The extractor runs it over every sentence and tokenizes only those that hold a
 * casualty word: most sentences of most articles hold none. Immutable and thread-safe.
 */
final class AnchorScanner {

    private final char[][] table;
    private final int[] hashes;
    private final int mask;
    private final int minLength;
    private final int maxLength;

    AnchorScanner(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4)) * 2;
        table = new char[size][];
        hashes = new int[size];
        mask = size - 1;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            int h = hash(lower, 0, lower.length());
            int slot = spread(h) & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = lower.toCharArray();
            hashes[slot] = h;
            min = Math.min(min, lower.length());
            max = Math.max(max, lower.length());
        }
        minLength = min;
        maxLength = max;
    }

    /** The offset of the first of the words in {@code text[from, to)}, or -1. */
    int next(char[] text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text[i];
            if (!isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            int h = 0;
            while (i < to && isLetter(text[i])) {
                h = 31 * h + lower(text[i]);
                i++;
            }
            int length = i - start;
            if (length >= minLength && length <= maxLength && contains(text, start, length, h)
                    && (start == from || !isLetter(text[start - 1]))) {
                return start;
            }
        }
        return -1;
    }

    private boolean contains(char[] text, int start, int length, int h) {
        int slot = spread(h) & mask;
        char[] entry;
        while ((entry = table[slot]) != null) {
            if (hashes[slot] == h && entry.length == length && sameWord(entry, text, start)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
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

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > 127 && Character.isLetter(c));
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
