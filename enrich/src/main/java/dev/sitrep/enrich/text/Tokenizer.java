package dev.sitrep.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a range of text into words, numbers and punctuation. Hand-written (no regex) so that it is
 * linear in the input on any string. Stateless and thread-safe.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** The tokens of {@code text[from, to)}, with offsets into {@code text}. */
    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(8, (to - from) / 5));
        int i = from;
        int linkChecked = from - 1;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                i++;
                continue;
            }
            if (i > linkChecked) {
                int runEnd = runEnd(text, i, to);
                linkChecked = runEnd;
                if (isLink(text, i, runEnd)) {
                    tokens.add(new Token(i, runEnd, text.substring(i, runEnd).toLowerCase(Locale.ROOT), TokenKind.PUNCT, false));
                    i = runEnd;
                    continue;
                }
            }
            if (isDigit(c)) {
                i = number(text, i, to, tokens);
            } else if (Character.isLetter(c)) {
                i = word(text, i, to, tokens);
            } else {
                tokens.add(new Token(i, i + 1, String.valueOf(c), TokenKind.PUNCT, false));
                i++;
            }
        }
        return tokens;
    }

    private static int number(String text, int start, int to, List<Token> tokens) {
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if ((c == ',' || c == '.') && i + 1 < to && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i - 1))) {
                i++;
            } else {
                break;
            }
        }
        if (i < to && Character.isLetter(text.charAt(i))) {
            // "14th", "9am", "3rd": a word with digits, never a plain count
            while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            tokens.add(new Token(start, i, text.substring(start, i).toLowerCase(Locale.ROOT), TokenKind.WORD, false));
            return i;
        }
        tokens.add(new Token(start, i, text.substring(start, i), TokenKind.NUMBER, false));
        return i;
    }

    private static int word(String text, int start, int to, List<Token> tokens) {
        int i = start + 1;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if (isApostrophe(c) && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                i++;
            } else if (c == '.' && i + 1 < to && Character.isLetter(text.charAt(i + 1)) && i - start == 1) {
                // "U.S", "a.m": single letters joined by dots stay one token
                i++;
            } else {
                break;
            }
        }
        if (i < to && text.charAt(i) == '.' && i - start <= 4 && text.indexOf('.', start) > start && text.indexOf('.', start) < i) {
            i++; // the closing dot of "a.m." or "U.S."
        }
        String lower = text.substring(start, i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        tokens.add(new Token(start, i, lower, TokenKind.WORD, Character.isUpperCase(text.charAt(start))));
        return i;
    }

    private static int runEnd(String text, int i, int to) {
        int j = i;
        while (j < to && !Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** A web address or file path: its words and numbers ("/2-dead-in-shooting") are no prose. */
    private static boolean isLink(String text, int from, int to) {
        if (to - from < 6) {
            return false;
        }
        int slashes = 0;
        boolean dotCom = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '/' || c == '\\') {
                slashes++;
            } else if (c == '.' && k + 3 < to && text.regionMatches(true, k + 1, "com", 0, 3)) {
                dotCom = true;
            }
        }
        return slashes >= 2 || dotCom || text.startsWith("http", from) || text.startsWith("www.", from);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
