package dev.sitrep.enrich.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The tokens of the sentence last tokenized into it, kept for the next: {@link Tokenizer} reuses its
 * {@link Token} objects and the list over them, so that an extractor reading sentence after sentence
 * allocates tokens once per thread instead of once per word. What {@link Tokenizer#tokenize(String, char[],
 * int, int, TokenScratch)} returned is valid until the next call with the same scratch. Confined to one
 * thread (keep one per thread, e.g. in a {@code ThreadLocal}); never shared.
 */
public final class TokenScratch {

    private Token[] pool = new Token[32];
    /** Tokens of the current sentence: {@code pool[0, size)}. */
    private int size;
    private final List<Token> view = new Tokens();
    private final SentenceQuantities quantities = new SentenceQuantities(view);

    /** Starts a new sentence: the list is emptied, the tokens stay for reuse; their quantities are forgotten. */
    List<Token> begin() {
        quantities.clear();
        size = 0;
        return view;
    }

    /** The quantities of the sentence's tokens, parsed when first asked for; valid as long as the tokens are. */
    public SentenceQuantities quantities() {
        return quantities;
    }

    /** The next token of the sentence, to be overwritten: one of the pool when one is left, else a new one kept. */
    Token next() {
        if (size == pool.length) {
            pool = Arrays.copyOf(pool, size * 2);
        }
        Token t = pool[size];
        if (t == null) {
            t = new Token(null, null, 0, 0, TokenKind.PUNCT, false);
            pool[size] = t;
        }
        size++;
        return t;
    }

    /**
     * The sentence's tokens as a read-only list. Unlike an {@code ArrayList} it needs no clearing between
     * sentences nor a store per token added: the pool is the list.
     */
    private final class Tokens extends AbstractList<Token> implements RandomAccess {

        @Override
        public Token get(int index) {
            Objects.checkIndex(index, size);
            return pool[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
