package dev.sitrep.enrich.text;

import java.util.Objects;

/**
 * One field of an article with what every part of the engine reads of it, made once and only when first
 * asked for: its characters and its word tokens. The casualty extractor, the geoparser and the linker of
 * one article share it instead of each copying and scanning the text again. Per call, never shared
 * between threads.
 */
public final class TextScan {

    private final String text;
    /** Where the word tokens are written, or null for arrays of their own. */
    private final ScanBuffers.TokenArrays buffers;
    private char[] chars;
    private WordTokens words;

    public TextScan(String text) {
        this(text, null);
    }

    TextScan(String text, ScanBuffers.TokenArrays buffers) {
        this.text = Objects.requireNonNull(text, "text");
        this.buffers = buffers;
    }

    public String text() {
        return text;
    }

    /** The text as characters; callers read it and never write to it. */
    public char[] chars() {
        char[] c = chars;
        if (c == null) {
            c = text.toCharArray();
            chars = c;
        }
        return c;
    }

    public WordTokens words() {
        WordTokens w = words;
        if (w == null) {
            w = WordTokenizer.tokenize(text, chars(), buffers);
            words = w;
        }
        return w;
    }
}
