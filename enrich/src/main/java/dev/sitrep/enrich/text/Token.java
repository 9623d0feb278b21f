package dev.sitrep.enrich.text;

/**
 * One token of a text.
 *
 * @param start       start offset into the text, a Java {@code String} index
 * @param end         end offset, exclusive
 * @param lower       the token's text in lower case ({@code Locale.ROOT})
 * @param kind        what the token is made of
 * @param capitalized whether the token starts with an upper-case letter
 */
public record Token(int start, int end, String lower, TokenKind kind, boolean capitalized) {

    public boolean is(String word) {
        return lower.equals(word);
    }

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    public boolean isNumber() {
        return kind == TokenKind.NUMBER;
    }

    public boolean isPunct() {
        return kind == TokenKind.PUNCT;
    }
}
