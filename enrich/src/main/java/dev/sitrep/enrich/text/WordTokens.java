package dev.sitrep.enrich.text;

/**
 * The word tokens of one text, in parallel arrays (an article has hundreds; records would cost more than
 * the lookups). Offsets are Java {@code String} indices, end exclusive; a possessive "'s" is left out.
 * Built per call, never shared.
 */
public final class WordTokens {

    public static final int CAPITALIZED = 1;
    public static final int ALL_CAPS = 2;
    public static final int SENTENCE_START = 4;
    /** Only blanks or a hyphen separate this token from the one before: the two may form one name. */
    public static final int JOINED = 8;
    /** A comma stands between the previous token and this one. */
    public static final int AFTER_COMMA = 16;
    public static final int HAS_DIGIT = 32;
    /** A hyphen joins this token to the one before ("Middlesex-London"). */
    public static final int HYPHENATED = 64;
    /** Only ASCII letters, with no inner apostrophe or period and no closing period: one word as letters go. */
    public static final int ASCII_LETTERS = 128;

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] flags;
    private final int[] hashes;
    private final int size;

    WordTokens(String text, int[] starts, int[] ends, int[] flags, int[] hashes, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.flags = flags;
        this.hashes = hashes;
        this.size = size;
    }

    /**
     * {@code String.hashCode()} of the token's lookup key, the token in lower case, computed while tokenizing, so
     * that most words can be ruled out without building the key; 0 when the key is not a plain ASCII word (then no
     * shortcut is taken) and for a two-letter word ending in "t" ("At", "It"). Every {@link #ASCII_LETTERS} token but
     * those has its hash: a scan for a set of words rules out most tokens by it, reading none of their characters.
     */
    public int keyHash(int i) {
        return hashes[i];
    }

    public int size() {
        return size;
    }

    public String text() {
        return text;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public boolean is(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    public boolean capitalized(int i) {
        return is(i, CAPITALIZED);
    }

    public String surface(int i) {
        return text.substring(starts[i], ends[i]);
    }
}
