package dev.sitrep.enrich.text;

import java.util.List;

/**
 * Splits a range of text into words, numbers and punctuation. Hand-written (no regex) so that it is
 * linear in the input on any string. Stateless and thread-safe.
 */
public final class Tokenizer {

    /** For an ASCII letter or digit, the character as {@link Token#fold} folds it; 0 for the other ASCII characters. */
    private static final char[] ASCII_FOLDED_WORD_CHAR = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_FOLDED_WORD_CHAR[c] = Chars.isLetterOrDigit(c) ? Token.fold(c) : 0;
        }
    }

    private Tokenizer() {
    }

    /** The tokens of {@code text[from, to)}, with offsets into {@code text}. */
    public static List<Token> tokenize(String text, int from, int to) {
        return tokenize(text, text.toCharArray(), from, to);
    }

    /** The tokens of {@code text[from, to)}, given the text also as characters ({@code chars}). */
    public static List<Token> tokenize(String text, char[] chars, int from, int to) {
        return tokenize(text, chars, from, to, new TokenScratch());
    }

    /**
     * The tokens of {@code text[from, to)}, made of the tokens and list of {@code scratch}: valid until
     * {@code scratch} is used again.
     */
    public static List<Token> tokenize(String text, char[] chars, int from, int to, TokenScratch scratch) {
        return tokenize(text, chars, from, to, scratch, null, 0);
    }

    /**
     * {@link #tokenize(String, char[], int, int, TokenScratch)}, given also the text's word tokens ({@code words},
     * of the same {@code chars}, or null) and the index of one of them in or after the range ({@code nearWord}):
     * a word they already read as this tokenizer reads it is taken from them, its characters not read again.
     */
    public static List<Token> tokenize(String text, char[] chars, int from, int to, TokenScratch scratch,
            WordTokens words, int nearWord) {
        List<Token> tokens = scratch.begin();
        int firstWord = 0;
        if (words != null) {
            firstWord = Math.min(nearWord, words.size());
            while (firstWord > 0 && words.start(firstWord - 1) >= from) {
                firstWord--;
            }
        }
        // Most sentences hold no web address, and looking for one at every token would cost a second pass over
        // the characters: the sentence is read as prose, and read again looking for addresses only when a
        // character an address is known by came up. The word tokens know no addresses: that reading goes without.
        if (tokenize(text, chars, from, to, scratch, false, words, firstWord)) {
            scratch.begin();
            tokenize(text, chars, from, to, scratch, true, null, 0);
        }
        return tokens;
    }

    /**
     * Tokenizes {@code text[from, to)} into {@code out}. With {@code findLinks}, a web address or path starting
     * at a token is one token ({@link #linkEnd}); without, returns whether any token could start one, that is
     * whether the text holds a slash, a backslash or ".com" or a word starting with "http" or "www.": without
     * these {@link #linkEnd} finds nothing, and reading with {@code findLinks} gives the same tokens. The words of
     * {@code words} from index {@code firstWord} on are taken from them where {@link #knownWord} can.
     */
    private static boolean tokenize(String text, char[] chars, int from, int to, TokenScratch out, boolean findLinks,
            WordTokens words, int firstWord) {
        boolean linkLike = false;
        int w = firstWord;
        int linkChecked = findLinks ? from - 1 : to;
        int i = from;
        while (i < to) {
            char c = chars[i];
            if (c == ' ' || Chars.isWhitespace(c) || c == '\u00a0') { // a blank first: most white space is one
                i++;
                continue;
            }
            if (i > linkChecked) {
                int runEnd = linkEnd(chars, i, to);
                linkChecked = runEnd;
                if (runEnd > i) {
                    out.next().reset(text, chars, i, runEnd, TokenKind.PUNCT, false);
                    i = runEnd;
                    continue;
                }
            }
            if (isDigit(c)) {
                i = number(text, chars, i, to, out); // its dots are followed by digits: never ".com"
            } else if (Chars.isLetter(c)) {
                int start = i;
                if (words != null) {
                    while (w < words.size() && words.start(w) < start) {
                        w++;
                    }
                    i = knownWord(text, chars, start, to, out, words, w);
                }
                if (i == start) {
                    i = word(text, chars, start, to, out);
                }
                linkLike |= mayStartLink(chars, start, i, to);
            } else {
                out.next().reset(text, chars, i, i + 1, TokenKind.PUNCT, false, Token.fold(c), c < 128);
                linkLike |= c == '/' || c == '\\' || c == '.' && dotCom(chars, i, to);
                i++;
            }
        }
        return linkLike;
    }

    // number() and word() fold and hash each character as they pass it (Token.foldHash): every token of a
    // sentence is looked up at least once, and a second pass over its characters would cost as much as this one.

    private static int number(String text, char[] chars, int start, int to, TokenScratch out) {
        int i = start;
        int h = 0;
        while (i < to) {
            char c = chars[i];
            if (!(isDigit(c) || (c == ',' || c == '.') && i + 1 < to && isDigit(chars[i + 1]) && isDigit(chars[i - 1]))) {
                break;
            }
            h = 31 * h + c; // digits, ',' and '.' fold to themselves
            i++;
        }
        if (i < to && Chars.isLetter(chars[i])) {
            // "14th", "9am", "3rd": a word with digits, never a plain count
            boolean ascii = true;
            while (i < to && Chars.isLetterOrDigit(chars[i])) {
                char c = chars[i];
                h = 31 * h + Token.fold(c);
                ascii &= c < 128;
                i++;
            }
            out.next().reset(text, chars, start, i, TokenKind.WORD, false, h, ascii);
            return i;
        }
        out.next().reset(text, chars, start, i, TokenKind.NUMBER, false, h, true);
        return i;
    }

    private static int word(String text, char[] chars, int start, int to, TokenScratch out) {
        char first = chars[start];
        boolean ascii = first < 128;
        // An ASCII first letter is folded and its case told without a branch on the case, which would be
        // mispredicted at about every capitalized word: the table folds it, and of the ASCII letters only
        // capitals are at or below 'Z'.
        int h = ascii ? ASCII_FOLDED_WORD_CHAR[first] : Token.fold(first);
        boolean capitalized = ascii ? first <= 'Z' : Character.isUpperCase(first);
        int i = start + 1;
        while (i < to) {
            char c = chars[i];
            if (c < 128 && ASCII_FOLDED_WORD_CHAR[c] != 0) {
                // the common case, an ASCII letter or digit: one table read tells it and folds it
                h = 31 * h + ASCII_FOLDED_WORD_CHAR[c];
                i++;
                continue;
            }
            boolean inWord = Chars.isLetterOrDigit(c)
                    || isApostrophe(c) && i + 1 < to && Chars.isLetter(chars[i + 1])
                    // "U.S", "a.m": single letters joined by dots stay one token
                    || c == '.' && i + 1 < to && Chars.isLetter(chars[i + 1]) && i - start == 1;
            if (!inWord) {
                break;
            }
            h = 31 * h + Token.fold(c);
            ascii &= c < 128;
            i++;
        }
        if (i < to && chars[i] == '.' && i - start <= 4 && hasDot(chars, start, i)) {
            h = 31 * h + '.';
            i++; // the closing dot of "a.m." or "U.S."
        }
        out.next().reset(text, chars, start, i, TokenKind.WORD, capitalized, h, ascii);
        return i;
    }

    /**
     * Takes the word at {@code start} from the word token {@code w} when that is the word {@link #word} would read:
     * ASCII letters only ({@link WordTokens#ASCII_LETTERS}, which has its key hash, the same as the fold hash), and no
     * apostrophe after it (the word tokens leave a possessive "'s" out, which this tokenizer keeps in the word). Such a
     * token ends where this tokenizer's word ends: at a character neither a letter, a digit nor an apostrophe, or at a
     * period that no letter follows or that follows more than two letters. Returns the word's end, or {@code start}
     * when the token is not it.
     */
    private static int knownWord(String text, char[] chars, int start, int to, TokenScratch out, WordTokens words,
            int w) {
        if (w >= words.size() || words.start(w) != start || !words.is(w, WordTokens.ASCII_LETTERS)) {
            return start;
        }
        int end = words.end(w);
        int hash = words.keyHash(w); // 0 for a two-letter word ending in "t" ("at", "it"): left out
        if (end > to || hash == 0 || end < to && isApostrophe(chars[end])) {
            return start;
        }
        out.next().reset(text, chars, start, end, TokenKind.WORD, chars[start] <= 'Z', hash, true);
        return end;
    }

    /**
     * The end of the web address or file path starting at {@code from}, or {@code from} when the
     * run of non-space characters there is none: its words and numbers ("/2-dead-in-shooting") are no prose.
     */
    private static int linkEnd(char[] chars, int from, int to) {
        int slashes = 0;
        boolean dotCom = false;
        int k = from;
        for (; k < to && !Chars.isWhitespace(chars[k]); k++) {
            char c = chars[k];
            if (c == '/' || c == '\\') {
                slashes++;
            } else if (c == '.' && k + 3 < to && (chars[k + 1] | 32) == 'c' && (chars[k + 2] | 32) == 'o'
                    && (chars[k + 3] | 32) == 'm') {
                dotCom = true;
            }
        }
        boolean web = k - from >= 4 && (chars[from] | 32) == 'h' && (chars[from + 1] | 32) == 't'
                && (chars[from + 2] | 32) == 't' && (chars[from + 3] | 32) == 'p'
                || k - from >= 4 && (chars[from] | 32) == 'w' && (chars[from + 1] | 32) == 'w'
                && (chars[from + 2] | 32) == 'w' && chars[from + 3] == '.';
        return k - from >= 6 && (slashes >= 2 || dotCom || web) ? k : from;
    }

    /**
     * Whether the word {@code chars[start, end)} starts with "http" or "www." or has a dot starting ".com": a
     * word's dots stand second ("U.S") or last ("a.m.").
     */
    private static boolean mayStartLink(char[] chars, int start, int end, int to) {
        return web(chars, start, to) || start + 1 < end && dotCom(chars, start + 1, to) || dotCom(chars, end - 1, to);
    }

    /** Whether the dot at {@code k} starts ".com", in any case, within {@code chars[.., to)}. */
    private static boolean dotCom(char[] chars, int k, int to) {
        return chars[k] == '.' && k + 3 < to && (chars[k + 1] | 32) == 'c' && (chars[k + 2] | 32) == 'o'
                && (chars[k + 3] | 32) == 'm';
    }

    /** Whether {@code chars[from, to)} starts with "http" or "www.", in any case. */
    private static boolean web(char[] chars, int from, int to) {
        return from + 3 < to && ((chars[from] | 32) == 'h' && (chars[from + 1] | 32) == 't'
                && (chars[from + 2] | 32) == 't' && (chars[from + 3] | 32) == 'p'
                || (chars[from] | 32) == 'w' && (chars[from + 1] | 32) == 'w' && (chars[from + 2] | 32) == 'w'
                && chars[from + 3] == '.');
    }

    private static boolean hasDot(char[] chars, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (chars[k] == '.') {
                return true;
            }
        }
        return false;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
