package dev.sitrep.enrich.geo.extractor;

import dev.sitrep.enrich.geo.gazetteer.Gazetteer;
import dev.sitrep.enrich.geo.gazetteer.NameMatch;
import dev.sitrep.enrich.geo.gazetteer.NameNormalizer;

import java.util.Arrays;
import java.util.List;

/**
 * Lookup keys of tokens, and what the gazetteer, the lexicon and the rules' word sets say of each, worked out on
 * first use. Per call, never shared; the words it works out for plain tokens are kept in its thread's
 * {@link WordCache}, whose arrays it borrows for the call: one thread's calls must not overlap.
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

    /** {@code MatchTraits.of(matches(i))}. */
    int traits(int i) {
        Word w = word(i);
        if (w.traits == 0) {
            w.traits = MatchTraits.of(matches(i));
        }
        return w.traits;
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

    /** {@code set.contains(key(i))}. */
    boolean in(int i, WordSet set) {
        Word w = word(i);
        int bit = set.bit;
        if ((w.setsAsked & bit) == 0) {
            if (set.contains(w.key)) {
                w.setsIn |= bit;
            }
            w.setsAsked |= bit;
        }
        return (w.setsIn & bit) != 0;
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
     * A token's key and, once asked, what the gazetteer, the lexicon and the {@link WordSet}s say of it. Belongs to one call, or to
     * one thread's cache: never seen by two threads.
     */
    static final class Word {
        static final byte UNKNOWN = 0;
        static final byte NO = 1;
        static final byte YES = 2;

        final String key;
        List<NameMatch> matches;
        /** {@link MatchTraits} of the matches; zero until asked. */
        int traits;
        byte prefix;
        byte english;
        byte given;
        /** The {@link WordSet}s asked about this word, and those among them that hold it, by their bits. */
        int setsAsked;
        int setsIn;

        /**
         * A cached word's spelling, ten characters a long (see {@link WordCache#word}); zero for the words of one
         * call, which no spelling matches. Kept in the word so that a lookup reads the slot and the word it needs
         * anyway, not arrays of spellings besides: two cache misses fewer a word.
         */
        final long firstTen;
        final long nextTen;

        Word(String key) {
            this(key, 0, 0);
        }

        Word(String key, long firstTen, long nextTen) {
            this.key = key;
            this.firstTen = firstTen;
            this.nextTen = nextTen;
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

        /**
         * The slots' number, as a power of two: 16,384 slots missed 6 % of the word lookups of real news (LGL) where
         * 4,096 missed 18 %; each word kept costs some 100 bytes, 1.7 MB a thread when all are taken.
         */
        private static final int SLOT_BITS = 14;
        private static final int SLOTS = 1 << SLOT_BITS;
        /** Longest word kept: its letters and digits, six bits each, fill two longs. */
        private static final int MAX_LENGTH = 20;

        /** Each slot's word, recognized by its spelling, without reading its key string. */
        private final Word[] words = new Word[SLOTS];
        private final char[] scratch = new char[MAX_LENGTH];
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
         * periods, other letters, words over {@value #MAX_LENGTH} characters), which is left to the normalizer.
         */
        Word word(String text, int start, int end) {
            int len = end - start;
            if (len <= 0 || len > MAX_LENGTH
                    || len == 2 && (text.charAt(start + 1) == 't' || text.charAt(start + 1) == 'T')) {
                return null;
            }
            // the characters as six-bit codes, none zero: two spellings of different words never match
            long first = 0;
            long next = 0;
            for (int i = 0; i < len; i++) {
                char c = text.charAt(start + i);
                int code;
                if (c >= 'a' && c <= 'z') {
                    code = c - 'a' + 1;
                } else if (c >= 'A' && c <= 'Z') {
                    c += 32;
                    code = c - 'a' + 1;
                } else if (c >= '0' && c <= '9') {
                    code = c - '0' + 27;
                } else {
                    return null;
                }
                scratch[i] = c;
                if (i < 10) {
                    first = first << 6 | code;
                } else {
                    next = next << 6 | code;
                }
            }
            long mixed = (first ^ next * 0x9E3779B97F4A7C15L) * 0xC2B2AE3D27D4EB4FL;
            int slot = (int) (mixed >>> 64 - SLOT_BITS);
            Word w = words[slot];
            if (w != null && w.firstTen == first && w.nextTen == next) {
                return w;
            }
            w = new Word(new String(scratch, 0, len), first, next);
            words[slot] = w;
            return w;
        }
    }
}
