package dev.sitrep.enrich.text;

/**
 * {@link Character}'s classifications with the ASCII answer worked out inline: the per-character loops
 * of the tokenizer, the splitter and the linker see ASCII almost always. Same answers as {@code Character}'s.
 */
public final class Chars {

    private Chars() {
    }

    public static boolean isWhitespace(char c) {
        return c <= ' ' ? Character.isWhitespace(c) : c >= 128 && Character.isWhitespace(c);
    }

    public static boolean isLetter(char c) {
        if (c < 128) {
            int folded = c | 32;
            return folded >= 'a' && folded <= 'z';
        }
        return Character.isLetter(c);
    }

    static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            int folded = c | 32;
            return folded >= 'a' && folded <= 'z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
