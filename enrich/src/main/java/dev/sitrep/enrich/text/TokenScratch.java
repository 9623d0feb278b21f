package dev.sitrep.enrich.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tokens of the sentence last tokenized into it, kept for the next: {@link Tokenizer} reuses its
 * {@link Token} objects and its list, so that an extractor reading sentence after sentence allocates tokens
 * once per thread instead of once per word. What {@link Tokenizer#tokenize(String, char[], int, int,
 * TokenScratch)} returned is valid until the next call with the same scratch. Confined to one thread (keep
 * one per thread, e.g. in a {@code ThreadLocal}); never shared.
 */
public final class TokenScratch {

    private final ArrayList<Token> list = new ArrayList<>(64);
    private Token[] pool = new Token[0];
    private int used;

    /** Empties the list for a new sentence of about {@code expected} tokens; the tokens stay for reuse. */
    List<Token> begin(int expected) {
        list.clear();
        list.ensureCapacity(expected);
        used = 0;
        return list;
    }

    /** A token to overwrite: one of the pool when a free one is left, else a new one kept for next time. */
    Token next() {
        if (used == pool.length) {
            pool = Arrays.copyOf(pool, Math.max(32, used * 2));
        }
        Token t = pool[used];
        if (t == null) {
            t = new Token(null, null, 0, 0, TokenKind.PUNCT, false);
            pool[used] = t;
        }
        used++;
        list.add(t);
        return t;
    }
}
