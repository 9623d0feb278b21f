package dev.sitrep.enrich.text;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The quantities of one sentence's tokens, each parsed at most once: {@link #parseAt} and {@link #endingAt} give
 * what {@link QuantityParser#parseAt} and {@link QuantityParser#endingAt} give for the same tokens. A casualty
 * sentence is read from several sides, and reading leftwards asks for the quantity ending at each token in turn,
 * each asking for those starting at the eight tokens before: most starts would be parsed many times over.
 *
 * <p>Kept by a {@link TokenScratch} for the sentence last tokenized into it, and forgotten when it tokenizes the
 * next. Confined to one thread, as its scratch is.
 */
public final class SentenceQuantities {

    private final List<Token> tokens;
    /**
     * The sentence's number: an entry stands for it only when its stamp is this. Forgetting the quantities of a
     * sentence costs one increment, where clearing the memos would store a null per token, each store paying the
     * collector's barrier (the memos soon live in the old generation).
     */
    private int sentence = 1;
    private Quantity[] starting = new Quantity[32];
    private int[] startingStamps = new int[32];
    private Quantity[] ending = new Quantity[32];
    private int[] endingStamps = new int[32];
    /** {@link #parseAt}, made once: {@link #endingAt} hands it to the parser's search for every token it asks of. */
    private final IntFunction<Quantity> parsed = this::parseAt;

    SentenceQuantities(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Forgets the quantities of the tokens before: the next sentence's are parsed afresh. */
    void clear() {
        if (++sentence == 0) { // wrapped: a stamp left from 2^32 sentences ago must not pass for this one's
            Arrays.fill(startingStamps, 0);
            Arrays.fill(endingStamps, 0);
            sentence = 1;
        }
    }

    /** {@link QuantityParser#parseAt} of the sentence's tokens. */
    public Quantity parseAt(int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        fit();
        if (startingStamps[i] != sentence) {
            Quantity q = QuantityParser.parseAt(tokens, i);
            starting[i] = q;
            startingStamps[i] = sentence;
            return q;
        }
        return starting[i];
    }

    /** {@link QuantityParser#endingAt} of the sentence's tokens, from the quantities parsed once each. */
    public Quantity endingAt(int last) {
        if (last < 0 || last >= tokens.size()) {
            return null;
        }
        fit();
        if (endingStamps[last] != sentence) {
            Quantity q = QuantityParser.canEnd(tokens.get(last)) ? QuantityParser.longestEndingAt(last, parsed) : null;
            ending[last] = q;
            endingStamps[last] = sentence;
            return q;
        }
        return ending[last];
    }

    /** Grows the memos to hold every token of the sentence. */
    private void fit() {
        if (tokens.size() > starting.length) {
            int size = Math.max(tokens.size(), 2 * starting.length);
            starting = Arrays.copyOf(starting, size);
            startingStamps = Arrays.copyOf(startingStamps, size);
            ending = Arrays.copyOf(ending, size);
            endingStamps = Arrays.copyOf(endingStamps, size);
        }
    }
}
