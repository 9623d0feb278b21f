package dev.sitrep.enrich.geo.extractor;

import dev.sitrep.enrich.text.WordTokens;

/**
 * The extractor's view of a text's word tokens ({@link WordTokens}, made once per article and shared with the
 * casualty extractor). Offsets are Java {@code String} indices, end exclusive; a possessive "'s" is left out.
 * Built per call, never shared.
 */
public final class Tokens {

    static final int CAPITALIZED = WordTokens.CAPITALIZED;
    static final int ALL_CAPS = WordTokens.ALL_CAPS;
    static final int SENTENCE_START = WordTokens.SENTENCE_START;
    /** Only blanks or a hyphen separate this token from the one before: the two may form one name. */
    static final int JOINED = WordTokens.JOINED;
    /** A comma stands between the previous token and this one. */
    static final int AFTER_COMMA = WordTokens.AFTER_COMMA;
    static final int HAS_DIGIT = WordTokens.HAS_DIGIT;
    /** A hyphen joins this token to the one before ("Middlesex-London"). */
    static final int HYPHENATED = WordTokens.HYPHENATED;
    /** Only ASCII letters, with no inner apostrophe or period and no closing period. */
    static final int ASCII_LETTERS = WordTokens.ASCII_LETTERS;

    private final WordTokens words;

    Tokens(WordTokens words) {
        this.words = words;
    }

    /**
     * {@code String.hashCode()} of the token's lookup key, computed while tokenizing, so that most words can be
     * ruled out without building the key; 0 when the key is not a plain ASCII word (then no shortcut is taken).
     */
    public int keyHash(int i) {
        return words.keyHash(i);
    }

    public int size() {
        return words.size();
    }

    public String text() {
        return words.text();
    }

    public int start(int i) {
        return words.start(i);
    }

    public int end(int i) {
        return words.end(i);
    }

    public boolean is(int i, int flag) {
        return words.is(i, flag);
    }

    public boolean capitalized(int i) {
        return words.is(i, CAPITALIZED);
    }

    public String surface(int i) {
        return words.surface(i);
    }
}
