package dev.sitrep.enrich.text;

import java.util.Map;
import java.util.Set;

/**
 * A read-only map from lower-case words to values, looked up with a {@link Token} in place: no
 * string is made per lookup, and the token's hash is made once for every table it is looked up in.
 * Immutable and thread-safe.
 *
 * @param <V> the value type
 */
public final class WordTable<V> {

    private final char[][] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;
    private final Map<String, V> map;
    /**
     * Bit {@code spread(hash) & filterMask} is set for the hash of each key. Nine lookups in ten are of words the table
     * does not hold (the casualty readers ask about 380 an article, 43 of them found), and one read of this filter
     * rules out nearly all of them: the filter takes a cache line or a few, where the slots, sparse for short probes,
     * take kilobytes, and the readers look words up in dozens of tables a sentence.
     */
    private final long[] filter;
    private final int filterMask;

    public WordTable(Map<String, V> entries) {
        map = Map.copyOf(entries);
        // At most one slot in six taken: nearly every lookup is of a word the table does not hold (a sentence's
        // every token is looked up in several tables), and it ends at the first empty slot; at one in three, a
        // third of them probed on, and the branch on it went wrong as often (the table had up to one in three).
        int size = Integer.highestOneBit(Math.max(8, entries.size() * 6)) * 2;
        keys = new char[size][];
        hashes = new int[size];
        values = new Object[size];
        mask = size - 1;
        // one bit in sixteen to thirty-two set: a word the table does not hold passes the filter that rarely
        int filterBits = Integer.highestOneBit(Math.max(64, entries.size() * 16)) * 2;
        filter = new long[filterBits / 64];
        filterMask = filterBits - 1;
        for (Map.Entry<String, V> e : entries.entrySet()) {
            char[] key = e.getKey().toCharArray();
            int h = hash(key);
            int bit = spread(h) & filterMask;
            filter[bit >>> 6] |= 1L << bit;
            int slot = spread(h) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = h;
            values[slot] = e.getValue();
        }
    }

    /** The value for the token's characters each folded to lower case ({@link Token#lowerAt}), or null. */
    @SuppressWarnings("unchecked")
    public V get(Token t) {
        int h = t.foldHash();
        int bit = spread(h) & filterMask;
        if ((filter[bit >>> 6] & 1L << bit) == 0) {
            return null;
        }
        int n = t.length();
        int slot = spread(h) & mask;
        char[] key;
        while ((key = keys[slot]) != null) {
            if (hashes[slot] == h && key.length == n && same(key, t)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /**
     * The value for {@link Token#lower()}, exactly as {@code map.get(t.lower())} gives it; in place when
     * the token is ASCII, where the two agree.
     */
    public V getLower(Token t) {
        return t.ascii() ? get(t) : map.get(t.lower());
    }

    /** The value for a lower-case word, or null. */
    public V get(String word) {
        return map.get(word);
    }

    /** The lower-case words of the table. */
    public Set<String> words() {
        return map.keySet();
    }

    private static boolean same(char[] key, Token t) {
        for (int k = 0; k < key.length; k++) {
            if (key[k] != t.lowerAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] key) {
        int h = 0;
        for (char c : key) {
            h = 31 * h + c;
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
