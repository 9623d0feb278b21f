package dev.sitrep.enrich.geo.extractor;

import dev.sitrep.enrich.geo.gazetteer.Gazetteer;
import dev.sitrep.enrich.geo.gazetteer.NameMatch;
import dev.sitrep.enrich.geo.gazetteer.NameNormalizer;

import java.util.Arrays;
import java.util.List;

/**
 * Lookup keys of tokens, and what the gazetteer and the lexicon say of each, worked out on first use. Per call,
 * never shared; the words it works out for plain tokens are kept in its thread's {@link WordCache}, whose arrays
 * it borrows for the call: one thread's calls must not overlap.
 */
final class TokenKeys {

    private final Tokens tokens;
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final WordCache cache;
    private final Word[] words;

    TokenKeys(Tokens tokens, Gazetteer gazetteer, Lexicon lexicon, WordCache cache) {
        this.tokens = tokens;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.cache = cache;
        this.words = cache.tokenWords(tokens.size());
    }

    Tokens tokens() {
        return tokens;
    }

    String key(int i) {
        return word(i).key;
    }

    /** {@code gazetteer.lookup(key(i))}. */
    List<NameMatch> matches(int i) {
        Word w = word(i);
        if (w.matches == null) {
            w.matches = gazetteer.lookup(w.key);
        }
        return w.matches;
    }

    /** {@code gazetteer.isPrefix(key(i))}. */
    boolean isPrefix(int i) {
        Word w = word(i);
        if (w.prefix == Word.UNKNOWN) {
            w.prefix = Word.of(gazetteer.isPrefix(w.key));
        }
        return w.prefix == Word.YES;
    }

    /** {@code lexicon.englishWord(key(i))}. */
    boolean englishWord(int i) {
        Word w = word(i);
        if (w.english == Word.UNKNOWN) {
            w.english = Word.of(lexicon.englishWord(w.key));
        }
        return w.english == Word.YES;
    }

    /** {@code lexicon.givenName(key(i))}. */
    boolean givenName(int i) {
        Word w = word(i);
        if (w.given == Word.UNKNOWN) {
            w.given = Word.of(lexicon.givenName(w.key));
        }
        return w.given == Word.YES;
    }

    private Word word(int i) {
        Word w = words[i];
        if (w == null) {
            String text = tokens.text();
            w = cache.word(text, tokens.start(i), tokens.end(i));
            if (w == null) {
                w = new Word(NameNormalizer.normalize(text, tokens.start(i), tokens.end(i)));
            }
            words[i] = w;
        }
        return w;
    }

    /**
     * A token's key and, once asked, what the gazetteer and the lexicon say of it. Belongs to one call, or to
     * one thread's cache: never seen by two threads.
     */
    static final class Word {
        static final byte UNKNOWN = 0;
        static final byte NO = 1;
        static final byte YES = 2;

        final String key;
        List<NameMatch> matches;
        byte prefix;
        byte english;
        byte given;

        Word(String key) {
            this.key = key;
        }

        static byte of(boolean yes) {
            return yes ? YES : NO;
        }
    }

    /**
     * The plain words (ASCII letters and digits) one thread met lately, by hash, with what one extractor's
     * gazetteer and lexicon said of them: an article's capitalized words and their neighbours are mostly words
     * met before ("The", "Police", "Texas"), and a word found here costs no key built and none of the probes of
     * the big hash tables (a cache miss or three each). Direct-mapped: a word whose slot another word took is
     * worked out anew and takes the slot back. Owned by one thread (a {@code ThreadLocal} of the extractor).
     */
    static final class WordCache {

        private static final int SLOTS = 1 << 12;

        private final int[] hashes = new int[SLOTS];
        private final Word[] words = new Word[SLOTS];
        private final char[] scratch = new char[64];
        /** The words of one call's tokens, by token: reused by the thread's calls, which come one at a time. */
        private Word[] tokenWords = new Word[1024];

        /** A cleared array of at least {@code size} words for one call's tokens; the call before is done with it. */
        Word[] tokenWords(int size) {
            if (tokenWords.length < size) {
                tokenWords = new Word[Math.max(size, tokenWords.length * 2)];
            } else {
                Arrays.fill(tokenWords, 0, size, null);
            }
            return tokenWords;
        }

        /**
         * The word of {@code text[start, end)} when the token is a plain word, whose key is itself lowercased
         * ({@code NameNormalizer.normalize} gives the same); null for anything else (abbreviations like "St",
         * periods, other letters), which is left to the normalizer.
         */
        Word word(String text, int start, int end) {
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
            Word w = words[slot];
            if (w != null && hashes[slot] == h && sameChars(w.key, len)) {
                return w;
            }
            w = new Word(new String(scratch, 0, len));
            words[slot] = w;
            hashes[slot] = h;
            return w;
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
