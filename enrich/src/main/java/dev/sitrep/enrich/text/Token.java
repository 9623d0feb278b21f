package dev.sitrep.enrich.text;

import java.util.Locale;

/**
 * One token of a text. Its lower-case form is made only when asked for: most tokens are only ever
 * compared ({@link #is}) or looked up ({@link WordTable}), which reads the text in place.
 *
 * <p>Instances belong to one extraction call and are not shared between threads. A {@link TokenScratch}
 * reuses its tokens for the next sentence it tokenizes ({@link #reset}), so that reading a sentence allocates
 * none: nobody may keep a token beyond the sentence it was read from.
 */
public final class Token {

    private String text;
    private char[] chars;
    private int start;
    private int end;
    /** {@link TokenKind#ordinal()}: a byte, not a reference, see {@link #reset}. */
    private byte kind;
    private boolean capitalized;
    private String lower;
    /** {@link #foldHash()}, once known. */
    private int hash;
    /** 0 until the characters are read, then {@link #ASCII} or {@link #OTHER}. */
    private byte shape;

    private static final TokenKind[] KINDS = TokenKind.values();
    private static final byte WORD = (byte) TokenKind.WORD.ordinal();
    private static final byte NUMBER = (byte) TokenKind.NUMBER.ordinal();
    private static final byte PUNCT = (byte) TokenKind.PUNCT.ordinal();

    private static final byte ASCII = 1;
    private static final byte OTHER = 2;

    /**
     * @param text        the whole text the token is in
     * @param chars       the same text as characters
     * @param start       start offset into the text, a Java {@code String} index
     * @param end         end offset, exclusive
     * @param kind        what the token is made of
     * @param capitalized whether the token starts with an upper-case letter
     */
    public Token(String text, char[] chars, int start, int end, TokenKind kind, boolean capitalized) {
        reset(text, chars, start, end, kind, capitalized);
    }

    /**
     * Makes this token another one, forgetting what was worked out for the old one.
     *
     * <p>A reused token soon lives in the old generation, where storing a reference to a young object (the
     * article's text) costs the collector's write barrier, a memory fence included. The text changes once an
     * article, not once a token: it is stored only when it changed.
     */
    void reset(String text, char[] chars, int start, int end, TokenKind kind, boolean capitalized) {
        set(text, chars, start, end, kind, capitalized);
        this.hash = 0;
        this.shape = 0;
    }

    /**
     * {@link #reset}, with the {@link #foldHash()} and whether every character is ASCII already known: the
     * tokenizer works them out while it reads the characters, since nearly every token is looked up.
     */
    void reset(String text, char[] chars, int start, int end, TokenKind kind, boolean capitalized, int foldHash,
            boolean ascii) {
        set(text, chars, start, end, kind, capitalized);
        this.hash = foldHash;
        this.shape = ascii ? ASCII : OTHER;
    }

    private void set(String text, char[] chars, int start, int end, TokenKind kind, boolean capitalized) {
        if (this.text != text) {
            this.text = text;
        }
        if (this.chars != chars) {
            this.chars = chars;
        }
        this.start = start;
        this.end = end;
        this.kind = (byte) kind.ordinal();
        this.capitalized = capitalized;
        if (lower != null) {
            lower = null;
        }
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public TokenKind kind() {
        return KINDS[kind];
    }

    public boolean capitalized() {
        return capitalized;
    }

    public int length() {
        return end - start;
    }

    /** The token in lower case ({@code Locale.ROOT}), with typographic apostrophes made plain. */
    public String lower() {
        String l = lower;
        if (l == null) {
            l = text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            lower = l;
        }
        return l;
    }

    /**
     * The hash {@link WordTable} gives the token's characters, each folded as {@link #lowerAt} folds it:
     * made once, however many tables the token is looked up in.
     */
    public int foldHash() {
        if (shape == 0) {
            readShape();
        }
        return hash;
    }

    /**
     * Whether every character is ASCII: then {@link #lowerAt} and {@link #lower()} agree character for
     * character, and a table can look the token up in place.
     */
    public boolean ascii() {
        if (shape == 0) {
            readShape();
        }
        return shape == ASCII;
    }

    private void readShape() {
        int h = 0;
        boolean ascii = true;
        for (int k = start; k < end; k++) {
            char c = chars[k];
            ascii &= c < 128;
            h = 31 * h + fold(c);
        }
        hash = h;
        shape = ascii ? ASCII : OTHER;
    }

    /** Character {@code k} of the token as {@link #lower()} has it. */
    public char lowerAt(int k) {
        return fold(chars[start + k]);
    }

    /** Whether the token is {@code word}, a lower-case string, ignoring case. */
    public boolean is(String word) {
        int n = end - start;
        if (word.length() != n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (fold(chars[start + k]) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@link #lower()} is {@code word}, exactly; in place when the token is ASCII, where the two agree. Unlike
     * {@link #is}, which folds character by character, it never takes a non-ASCII letter that lower-cases to ASCII
     * ("\u0130") for the ASCII one.
     */
    public boolean lowerIs(String word) {
        return ascii() ? is(word) : lower().equals(word);
    }

    /** Whether {@link #lower()} ends with {@code suffix}, a lower-case string; in place when the token is ASCII. */
    public boolean endsWith(String suffix) {
        if (!ascii()) {
            return lower().endsWith(suffix);
        }
        int n = suffix.length();
        int from = end - n;
        if (from < start) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (fold(chars[from + k]) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    public boolean isWord() {
        return kind == WORD;
    }

    public boolean isNumber() {
        return kind == NUMBER;
    }

    public boolean isPunct() {
        return kind == PUNCT;
    }

    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u2019' ? '\'' : Character.toLowerCase(c);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
