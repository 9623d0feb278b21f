package dev.sitrep.enrich.text;

import java.util.Arrays;

/**
 * Splits a whole text into word tokens, once per article: the geoparser looks place names up among them and
 * the casualty extractor's first scan looks for casualty words in them. Stateless and thread-safe.
 */
public final class WordTokenizer {

    private static final boolean[] ASCII_WORD = new boolean[128];
    /** The ASCII characters that end a word of plain letters: not letters, digits, apostrophes nor periods. */
    private static final boolean[] PLAIN_WORD_END = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD[c] = true;
            ASCII_WORD[c - 32] = true;
        }
        for (char c = 0; c < 128; c++) {
            PLAIN_WORD_END[c] = !ASCII_WORD[c] && c != '\'' && c != '.';
        }
    }

    private WordTokenizer() {
    }

    public static WordTokens tokenize(String string) {
        return tokenize(string, string.toCharArray());
    }

    /** The word tokens of {@code string}, given also as characters ({@code text}). */
    public static WordTokens tokenize(String string, char[] text) {
        return tokenize(string, text, null);
    }

    /**
     * The word tokens of {@code string}, written into {@code reuse}'s arrays when they are big enough (and
     * into new ones it keeps when not), or into new arrays when {@code reuse} is null.
     */
    static WordTokens tokenize(String string, char[] text, ScanBuffers.TokenArrays reuse) {
        int len = text.length;
        int cap = Math.max(16, len / 5);
        int[] starts;
        int[] ends;
        int[] flags;
        int[] hashes;
        if (reuse != null && reuse.starts.length >= cap) {
            starts = reuse.starts;
            ends = reuse.ends;
            flags = reuse.flags;
            hashes = reuse.hashes;
        } else {
            starts = new int[cap];
            ends = new int[cap];
            flags = new int[cap];
            hashes = new int[cap];
        }
        int n = 0;
        int i = 0;
        int prevEnd = 0;
        boolean prevAbbreviation = false;
        while (i < len) {
            char c = text[i];
            if (c == ' ' && i == prevEnd && n > 0 && n < starts.length && (prevAbbreviation || text[i - 1] != '.')) {
                // the commonest gap, one blank right after a word, which makes the next word JOINED: a next word of
                // plain letters is taken here, without going round this loop for the blank (leaving it to the plain-word
                // path below, the twin of this one, was no slower tokenizing alone but cost the engine 2 to 4 us)
                int start = i + 1;
                long word = plainWord(text, start);
                if (word >= 0) {
                    int end = plainEnd(word);
                    int capital = capitalized(text[start]);
                    starts[n] = start;
                    ends[n] = end;
                    flags[n] = capital | WordTokens.ASCII_LETTERS | WordTokens.JOINED;
                    hashes[n] = keyHash(text, start, end, plainHash(word));
                    n++;
                    prevEnd = end;
                    prevAbbreviation = false;
                    i = end;
                    continue;
                }
            }
            if (c < 128 ? !ASCII_WORD[c] : !Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            if (n == starts.length) {
                hashes = Arrays.copyOf(hashes, n * 2);
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
                flags = Arrays.copyOf(flags, n * 2);
            }
            int start = i;
            long word = plainWord(text, start);
            if (word >= 0) {
                // a word of plain letters, the usual shape: taken whole, as the general loop below would take it
                int end = plainEnd(word);
                int capital = capitalized(c);
                starts[n] = start;
                ends[n] = end;
                flags[n] = capital | WordTokens.ASCII_LETTERS | (joined(text, n, prevEnd, start, prevAbbreviation)
                        ? WordTokens.JOINED : gap(text, n == 0 ? -1 : prevEnd, start, prevAbbreviation));
                hashes[n] = keyHash(text, start, end, plainHash(word));
                n++;
                prevEnd = end;
                prevAbbreviation = false;
                i = end;
                continue;
            }
            boolean plain = true;
            int letters = 0;
            boolean lower = false;
            boolean internalPeriod = false;
            boolean digit = false;
            boolean asciiLetters = true;
            int hash = 0;
            while (i < len) {
                char x = text[i];
                if (x < 128 ? ASCII_WORD[x] : Character.isLetterOrDigit(x)) {
                    if (x >= '0' && x <= '9') {
                        digit = true;
                        asciiLetters = false;
                        hash = 31 * hash + x;
                    } else {
                        letters++;
                        if (x >= 'a' && x <= 'z') {
                            lower = true;
                            hash = 31 * hash + x;
                        } else if (x >= 'A' && x <= 'Z') {
                            hash = 31 * hash + (x + 32);
                        } else {
                            plain = false;
                            asciiLetters = false;
                            lower |= Character.isLowerCase(x);
                        }
                    }
                    i++;
                } else if ((x == '\'' || x == '\u2019') && i + 1 < len && Character.isLetter(text[i + 1])
                        && !possessive(text, i)) {
                    plain = false;
                    asciiLetters = false;
                    i++;
                } else if (x == '.' && i + 1 < len && Character.isLetter(text[i + 1]) && i - start <= 2) {
                    internalPeriod = true;
                    asciiLetters = false;
                    i++;
                } else {
                    break;
                }
            }
            int end = i;
            boolean abbreviation = false;
            if (end < len && text[end] == '.' && (internalPeriod || shortAbbreviation(text, start, end)
                    || end + 1 < len && text[end + 1] == ',')) {
                end++;
                abbreviation = true;
            }
            int f = 0;
            if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
                f |= WordTokens.CAPITALIZED;
                if (!lower && letters > 1) {
                    f |= WordTokens.ALL_CAPS;
                }
            }
            if (digit) {
                f |= WordTokens.HAS_DIGIT;
            }
            if (asciiLetters && !abbreviation) {
                f |= WordTokens.ASCII_LETTERS;
            }
            f |= joined(text, n, prevEnd, start, prevAbbreviation)
                    ? WordTokens.JOINED : gap(text, n == 0 ? -1 : prevEnd, start, prevAbbreviation);
            starts[n] = start;
            ends[n] = end;
            flags[n] = f;
            hashes[n] = plain ? keyHash(text, start, i, hash) : 0;
            n++;
            prevEnd = end;
            prevAbbreviation = abbreviation;
            i = Math.max(i, end);
            if (i < len && (text[i] == '\'' || text[i] == '\u2019') && possessive(text, i)) {
                i += 2;
            }
        }
        if (reuse != null) {
            reuse.keep(starts, ends, flags, hashes);
        }
        return new WordTokens(string, starts, ends, flags, hashes, n);
    }

    /**
     * The word of plain letters at {@code start}, lowercase or capitalized ("troops", "Aleppo"), when a blank,
     * punctuation other than an apostrophe, a full stop or the end of the text ends it: its end and the hash of its
     * letters lower-cased, packed ({@link #plainEnd}, {@link #plainHash}); else -1, and the general loop reads the
     * word.
     */
    private static long plainWord(char[] text, int start) {
        int len = text.length;
        if (start >= len) {
            return -1;
        }
        // '| 32' lower-cases an ASCII capital and makes no other character a letter a to z: one test for either case
        int hash = text[start] | 32;
        if (!(hash >= 'a' && hash <= 'z')) {
            return -1;
        }
        int end = start + 1;
        char x = 0;
        while (end < len && (x = text[end]) >= 'a' && x <= 'z') {
            hash = 31 * hash + x;
            end++;
        }
        if (end < len && !(x < 128 && PLAIN_WORD_END[x]) && !(x == '.' && fullStop(text, start, end))) {
            return -1;
        }
        return (long) end << 32 | hash & 0xFFFFFFFFL;
    }

    /**
     * Whether the period at {@code dot} after the plain word at {@code start} is a full stop, as the general loop reads
     * it: not one inside a short word ("U.S") nor an abbreviation's ("St.", or any before a comma). A sentence's last
     * word is the commonest a period ends, and would otherwise be read again by the general loop.
     */
    private static boolean fullStop(char[] text, int start, int dot) {
        int next = dot + 1;
        boolean letterAfter = next < text.length && Character.isLetter(text[next]);
        return !(letterAfter && dot - start <= 2) && !shortAbbreviation(text, start, dot)
                && !(next < text.length && text[next] == ',');
    }

    private static int plainEnd(long word) {
        return (int) (word >>> 32);
    }

    private static int plainHash(long word) {
        return (int) word;
    }

    /**
     * {@link WordTokens#CAPITALIZED} for the first letter of a plain word when it is a capital, else 0: with no
     * branch, since of the ASCII letters only capitals stand below 'a'.
     */
    private static int capitalized(char first) {
        return (first - 'a') >>> 31 & WordTokens.CAPITALIZED;
    }

    /**
     * The lookup key's hash of a word of letters whose letters lower-cased hash to {@code hash}: 0 for two letters
     * ending in "t" or "T" ("St", "Mt", "Ft"), whose key the name normalizer makes otherwise (the geoparser's word
     * cache leaves them out for the same reason). Both of the tokenizer's paths hash through here.
     */
    private static int keyHash(char[] text, int start, int end, int hash) {
        return end - start == 2 && (text[start + 1] | 32) == 't' ? 0 : hash;
    }

    /** The common gap, one space after a word that did not end a sentence: what {@link #gap} gives, quicker. */
    private static boolean joined(char[] text, int n, int prevEnd, int start, boolean prevAbbreviation) {
        return n > 0 && start == prevEnd + 1 && text[prevEnd] == ' ' && (prevAbbreviation || text[prevEnd - 1] != '.');
    }

    private static boolean possessive(char[] text, int apostrophe) {
        int s = apostrophe + 1;
        return s < text.length && (text[s] == 's' || text[s] == 'S')
                && (s + 1 == text.length || !Character.isLetterOrDigit(text[s + 1]));
    }

    /** "St.", "Ft.", "Mt.", "Mr.": a capitalized word of two or three letters whose period is not a full stop. */
    private static boolean shortAbbreviation(char[] text, int start, int end) {
        int len = end - start;
        if (len < 2 || len > 3 || !Character.isUpperCase(text[start])) {
            return false;
        }
        for (int k = start + 1; k < end; k++) {
            if (!Character.isLowerCase(text[k])) {
                return false;
            }
        }
        char last = text[end - 1];
        return last == 't' || last == 'r' || last == 's' || last == 'e' && len == 3;
    }

    /** Flags from the characters between the previous token and this one. */
    private static int gap(char[] text, int prevEnd, int start, boolean prevAbbreviation) {
        if (prevEnd < 0) {
            return WordTokens.SENTENCE_START;
        }
        if (start == prevEnd + 1 && text[prevEnd] == ' ' && (prevAbbreviation || text[prevEnd - 1] != '.')) {
            return WordTokens.JOINED;
        }
        boolean onlyBlanksOrHyphen = true;
        boolean comma = false;
        boolean stop = prevAbbreviation ? false : prevEnd > 0 && text[prevEnd - 1] == '.';
        int hyphens = 0;
        for (int k = prevEnd; k < start; k++) {
            char x = text[k];
            if (x == ' ' || x == '\u00A0') {
                continue;
            }
            if (x == '-' || x == '\u2010' || x == '\u2011') {
                hyphens++;
                continue;
            }
            onlyBlanksOrHyphen = false;
            if (x == ',') {
                comma = true;
            } else if (x == '.' || x == '!' || x == '?' || x == '\n' || x == '\r' || x == ':' || x == ';' || x == '\u2022') {
                stop = true;
            } else if (x == '"' || x == '\u201C' || x == '(' || x == '[') {
                // an opening quote or bracket starts a sentence-like unit
                stop = stop || k == start - 1;
            }
        }
        int f = 0;
        if (onlyBlanksOrHyphen && hyphens <= 1) {
            f |= WordTokens.JOINED;
            if (hyphens == 1) {
                f |= WordTokens.HYPHENATED;
            }
        }
        if (comma) {
            f |= WordTokens.AFTER_COMMA;
        }
        if (stop) {
            f |= WordTokens.SENTENCE_START;
        }
        return f;
    }
}
