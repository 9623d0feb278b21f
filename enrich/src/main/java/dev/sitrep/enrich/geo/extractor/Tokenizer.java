package dev.sitrep.enrich.geo.extractor;

import dev.sitrep.enrich.text.WordTokenizer;

/** Splits text into word tokens for place-name lookup ({@link WordTokenizer}). Stateless and thread-safe. */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static Tokens tokenize(String string) {
        return new Tokens(WordTokenizer.tokenize(string));
    }
}
