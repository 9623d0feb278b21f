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
    /**
     * One bit per word, at a place its key's hash picks: a plain token whose hash finds its bit clear is not in the
     * set, told without its word looked up. Most tokens the rules ask about (the words next to a name)
     * are in none of the sets, and looking one up costs more than all the rest of the rule.
     */
    private final long[] hashBits;
    private final int hashShift;

    /** The set of {@code words} with bit {@code index}, which no other set may take. */
    WordSet(int index, String... words) {
        if (index < 0 || index >= MAX_SETS) {
            throw new IllegalArgumentException("no bit " + index);
        }
        this.words = new HashSet<>(Arrays.asList(words));
        this.bit = 1 << index;
        // some 32 bits a word, so that a word outside the set finds its bit set once in 30 or so
        int bits = Math.max(64, Integer.highestOneBit(words.length * 32 - 1) << 1);
        this.hashBits = new long[bits / 64];
        this.hashShift = 32 - Integer.numberOfTrailingZeros(bits);
        for (String w : words) {
            int b = hashBit(w.hashCode());
            hashBits[b >>> 6] |= 1L << b;
        }
    }

    /** Whether the key of token {@code i} is in the set. */
    boolean contains(TokenKeys k, int i) {
        int h = k.tokens().keyHash(i);
        if (h != 0) {
            // the tokenizer's hash is the key's: a clear bit rules the word out
            int b = hashBit(h);
            if ((hashBits[b >>> 6] & 1L << b) == 0) {
                return false;
            }
        }
        return k.in(i, this);
    }

    /** The bit of a key of this hash: its top bits, mixed, so that words alike in their last letters spread. */
    private int hashBit(int hash) {
        return (hash * 0x9E3779B9) >>> hashShift;
    }

    /** Whether {@code key} is in the set. */
    boolean contains(String key) {
        return words.contains(key);
    }
}
