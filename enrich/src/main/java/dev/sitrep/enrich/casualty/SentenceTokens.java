package dev.sitrep.enrich.casualty;

import dev.sitrep.common.model.TextField;
import dev.sitrep.enrich.text.Quantity;
import dev.sitrep.enrich.text.SentenceQuantities;
import dev.sitrep.enrich.text.Token;

import java.util.List;

/**
 * One sentence, tokenized, with where it sits in the article.
 *
 * @param text     the whole field's text (token offsets index into it)
 * @param field    the field the sentence is in
 * @param sentence the sentence's position in the article
 * @param tokens   the sentence's tokens
 * @param years    the years written in the article: years before the latest are history
 * @param quantities the quantities of {@code tokens}, each parsed once however often the readers ask
 */
record SentenceTokens(String text, TextField field, int sentence, List<Token> tokens, Years years,
                      SentenceQuantities quantities) {

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** The quantity starting at token {@code i}, as {@code QuantityParser.parseAt} reads it, or null. */
    Quantity quantityAt(int i) {
        return quantities.parseAt(i);
    }

    /** The longest quantity ending at token {@code last}, as {@code QuantityParser.endingAt} reads it, or null. */
    Quantity quantityEndingAt(int last) {
        return quantities.endingAt(last);
    }

    /** The text of tokens {@code [from, to)}, or null when the range is empty. */
    String textOf(int from, int to) {
        if (from >= to || from < 0 || to > tokens.size()) {
            return null;
        }
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
