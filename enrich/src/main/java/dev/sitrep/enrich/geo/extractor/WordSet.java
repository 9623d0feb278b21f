package dev.sitrep.enrich.geo.extractor;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A fixed set of words the rules ask about the words around a name ("Mr", "said", "Street"), with a bit of its own
 * in {@link TokenKeys.Word}: a word's answer is kept with the word, and the thread's word cache keeps the word
 * across articles, so that a word met before is looked up in no set again. Immutable.
 */
final class WordSet {

    /** At most this many sets: one bit each in an int. */
    static final int MAX_SETS = 32;

    private final Set<String> words;
    /** This set's bit, distinct from every other set's. */
    final int bit;

    /** The set of {@code words} with bit {@code index}, which no other set may take. */
    WordSet(int index, String... words) {
        if (index < 0 || index >= MAX_SETS) {
            throw new IllegalArgumentException("no bit " + index);
        }
        this.words = new HashSet<>(Arrays.asList(words));
        this.bit = 1 << index;
    }

    /** Whether the key of token {@code i} is in the set. */
    boolean contains(TokenKeys k, int i) {
        return k.in(i, this);
    }

    /** Whether {@code key} is in the set. */
    boolean contains(String key) {
        return words.contains(key);
    }
}
