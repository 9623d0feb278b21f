package dev.sitrep.enrich.link;

import dev.sitrep.enrich.text.Chars;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Short lower-case words that may stand before a place name ("in", "near"), each with what it adds to the place,
 * found in the text without a string built: the linker asks for the word before every place mention, and most
 * are none of these words. Immutable.
 */
final class WordBefore {

    /** Letters a key holds: five bits each in a long. */
    private static final int MAX_LETTERS = 12;

    private final Map<String, Double> values;
    private final long[] keys;
    private final double[] keyValues;

    WordBefore(Map<String, Double> values) {
        this.values = Map.copyOf(values);
        this.keys = new long[values.size()];
        this.keyValues = new double[values.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : this.values.entrySet()) {
            String w = e.getKey();
            if (w.isEmpty() || w.length() > MAX_LETTERS || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalArgumentException("not a short lower-case ASCII word: " + w);
            }
            keys[i] = key(w.toCharArray(), 0, w.length());
            keyValues[i] = e.getValue();
            i++;
        }
    }

    /** Words with the value {@code value} each. */
    static Map<String, Double> valued(double value, String... words) {
        Map<String, Double> m = new HashMap<>();
        for (String w : words) {
            m.put(w, value);
        }
        return m;
    }

    /**
     * The value of the word before {@code text[offset]}, across blanks and other non-letters but not across a
     * period or comma, ignoring case; 0 when it is none of these words.
     */
    double before(char[] text, int offset) {
        int e = offset;
        while (e > 0 && !Chars.isLetter(text[e - 1])) {
            if (text[e - 1] == '.' || text[e - 1] == ',') {
                return 0.0;
            }
            e--;
        }
        int s = e;
        boolean ascii = true;
        while (s > 0 && Chars.isLetter(text[s - 1])) {
            s--;
            ascii &= text[s] < 128;
        }
        if (!ascii) {
            // lower-casing may change the length or reach ASCII ("\u212A" is "k"): the word as a string decides
            return values.getOrDefault(new String(text, s, e - s).toLowerCase(Locale.ROOT), 0.0);
        }
        if (e - s > MAX_LETTERS) {
            return 0.0;
        }
        long key = key(text, s, e);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) {
                return keyValues[i];
            }
        }
        return 0.0;
    }

    /**
     * ASCII letters {@code text[s, e)}, at most {@value #MAX_LETTERS}, as one number, ignoring case: five bits a
     * letter, none zero, so two words have the same key only when they are the same word.
     */
    private static long key(char[] text, int s, int e) {
        long key = 0;
        for (int k = s; k < e; k++) {
            key = key << 5 | (text[k] | 32) - 'a' + 1;
        }
        return key;
    }
}
