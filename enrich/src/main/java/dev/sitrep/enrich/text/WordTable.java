package dev.sitrep.enrich.text;

import java.util.Map;

/**
 * A read-only map from lower-case words to values, looked up with a {@link Token} in place: no
 * string is made per lookup. Immutable and thread-safe.
 *
 * @param <V> the value type
 */
public final class WordTable<V> {

    private final char[][] keys;
    private final Object[] values;
    private final int mask;

    public WordTable(Map<String, V> entries) {
        int size = Integer.highestOneBit(Math.max(8, entries.size() * 3)) * 2;
        keys = new char[size][];
        values = new Object[size];
        mask = size - 1;
        for (Map.Entry<String, V> e : entries.entrySet()) {
            char[] key = e.getKey().toCharArray();
            int slot = spread(hash(key)) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = e.getValue();
        }
    }

    /** The value for the token's lower-case form, or null. */
    @SuppressWarnings("unchecked")
    public V get(Token t) {
        int n = t.length();
        int h = 0;
        for (int k = 0; k < n; k++) {
            h = 31 * h + t.lowerAt(k);
        }
        int slot = spread(h) & mask;
        char[] key;
        while ((key = keys[slot]) != null) {
            if (key.length == n && same(key, t)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
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
