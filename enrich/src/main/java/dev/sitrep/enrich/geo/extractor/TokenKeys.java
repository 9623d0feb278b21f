package dev.sitrep.enrich.geo.extractor;

import dev.sitrep.enrich.geo.gazetteer.NameNormalizer;

/** Lookup keys of tokens, computed on first use. Per call, never shared. */
final class TokenKeys {

    private static final ThreadLocal<KeyCache> CACHE = ThreadLocal.withInitial(KeyCache::new);

    private final Tokens tokens;
    private final String[] keys;
    private final KeyCache cache;

    TokenKeys(Tokens tokens) {
        this.tokens = tokens;
        this.keys = new String[tokens.size()];
        this.cache = CACHE.get();
    }

    Tokens tokens() {
        return tokens;
    }

    String key(int i) {
        String k = keys[i];
        if (k == null) {
            String text = tokens.text();
            k = cache.key(text, tokens.start(i), tokens.end(i));
            if (k == null) {
                k = NameNormalizer.normalize(text, tokens.start(i), tokens.end(i));
            }
            keys[i] = k;
        }
        return k;
    }

    /**
     * The keys of plain words (ASCII letters and digits) this thread met lately, by hash: an article's
     * capitalized words and their neighbours are mostly words met before ("The", "Police", "Texas"), and a key
     * found here is neither built again nor hashed again by the sets and maps it is looked up in. Direct-mapped:
     * a word whose slot another word took is built anew and takes the slot back. Owned by one thread.
     */
    private static final class KeyCache {

        private static final int SLOTS = 1 << 12;

        private final int[] hashes = new int[SLOTS];
        private final String[] keys = new String[SLOTS];
        private final char[] scratch = new char[64];

        /**
         * {@code NameNormalizer.normalize(text, start, end)} when the token is a plain word whose key is itself
         * lowercased; null for anything else (abbreviations like "St", periods, other letters), which the
         * normalizer handles.
         */
        String key(String text, int start, int end) {
            int len = end - start;
            if (len <= 0 || len > scratch.length
                    || len == 2 && (text.charAt(start + 1) == 't' || text.charAt(start + 1) == 'T')) {
                return null;
            }
            int h = 0;
            for (int i = 0; i < len; i++) {
                char c = text.charAt(start + i);
                if (c >= 'A' && c <= 'Z') {
                    c += 32;
                } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                    return null;
                }
                scratch[i] = c;
                h = 31 * h + c;
            }
            int slot = (h ^ h >>> 12 ^ h >>> 24) & SLOTS - 1;
            String k = keys[slot];
            if (k != null && hashes[slot] == h && sameChars(k, len)) {
                return k;
            }
            k = new String(scratch, 0, len);
            keys[slot] = k;
            hashes[slot] = h;
            return k;
        }

        private boolean sameChars(String key, int len) {
            if (key.length() != len) {
                return false;
            }
            for (int i = 0; i < len; i++) {
                if (key.charAt(i) != scratch[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
