package dev.sitrep.enrich.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences at end punctuation and line breaks, keeping common abbreviations
 * ("Mr.", "U.S.", "a.m.") inside. A sentence longer than {@link #MAX_CHARS} is cut at a space, so
 * that no later pass ever looks at an unbounded stretch of text. Stateless and thread-safe.
 */
public final class SentenceSplitter {

    /** The longest sentence handed on; longer runs are cut at the next space. */
    public static final int MAX_CHARS = 600;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "no", "vs", "jan", "feb", "aug", "sept",
            "oct", "nov", "dec", "inc", "co", "jr", "sr", "gov", "rep", "sen", "capt", "maj", "cpl", "pvt", "ft",
            "mt", "approx", "est", "det", "cmdr", "insp", "supt", "rev", "prof", "ave", "blvd", "rd", "hwy",
            "dept", "corp", "ltd", "messrs", "fig", "gens");

    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    /** The abbreviations ordered by {@code String.hashCode()}, and their hashes: looked up without a string. */
    private static final String[] ABBREVIATION_BY_HASH = ABBREVIATIONS.stream()
            .sorted(Comparator.comparingInt(String::hashCode)).toArray(String[]::new);
    private static final int[] ABBREVIATION_HASHES = Arrays.stream(ABBREVIATION_BY_HASH).mapToInt(String::hashCode).toArray();

    /** Bit {@code c} is set for the ASCII characters {@code c} that may end a sentence: line breaks and end punctuation. */
    private static final long END_MARK_BITS = 1L << '\n' | 1L << '\r' | 1L << '.' | 1L << '!' | 1L << '?';

    private SentenceSplitter() {
    }

    public static List<Span> split(String source) {
        char[] text = source.toCharArray();
        List<Span> out = new ArrayList<>();
        int n = text.length;
        int start = skipSpace(text, 0, n);
        while (start < n) {
            long cut = cut(text, start);
            if (end(cut) > start) {
                out.add(new Span(start, end(cut)));
            }
            start = skipSpace(text, resume(cut), n);
        }
        return out;
    }

    /**
     * The sentence that holds offset {@code pos}, found by looking only around it: from the sentence
     * end before it (at most {@code MAX_CHARS / 2} back, else from a space there) to the sentence end
     * after it, cut for length as {@link #split} cuts. Text before {@code pos} may belong to a span
     * returned for an earlier offset; a caller reading spans in turn must skip what it has read.
     */
    public static Span around(char[] text, int pos) {
        int n = text.length;
        int floor = Math.max(0, pos - MAX_CHARS / 2);
        int start = -1;
        int lastMark = -1; // the mark nearest before pos
        for (int i = pos - 1; i >= floor; i--) {
            char c = text[i];
            if (!isEndMark(c)) {
                continue;
            }
            if (lastMark < 0) {
                lastMark = i;
            }
            if (c == '\n' || c == '\r' || c == '\u2022'
                    || (c == '.' || c == '!' || c == '?') && endsSentence(text, i, Math.max(0, i - 40))) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            start = floor;
            while (start > 0 && start < pos && !Chars.isWhitespace(text[start - 1])) {
                start++;
            }
        }
        start = Math.min(skipSpace(text, start, n), pos);
        // With no mark in [start, pos) the cut would pass that stretch without stopping: it is read from pos, not
        // a second time. A mark there, tested above against other text before it, is tested again by the cut.
        int end = end(cut(text, start, lastMark >= start ? start : pos));
        return new Span(start, Math.max(end, Math.min(pos + 1, n)));
    }

    /**
     * Where the sentence starting at {@code start} ends (exclusive) and where to look for the next, packed in one
     * long ({@link #end}, {@link #resume}): it is found once per casualty sentence, and two ints need no array.
     */
    private static long cut(char[] text, int start) {
        return cut(text, start, start);
    }

    /**
     * {@link #cut(char[], int)}, read from {@code from}: {@code text[start, from)} must hold no end mark, and be
     * shorter than {@link #MAX_CHARS}.
     */
    private static long cut(char[] text, int start, int from) {
        int n = text.length;
        // below MAX_CHARS only the marks below can end the sentence: other characters are passed with one test
        int marksOnly = Math.min(n, start + MAX_CHARS);
        int i = from;
        while (true) {
            while (i < marksOnly && !isEndMark(text[i])) {
                i++;
            }
            if (i >= n) {
                return cut(n, n);
            }
            char c = text[i];
            if (c == '\n' || c == '\r' || c == '\u2022') {
                return cut(i, i + 1);
            }
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, start)) {
                int end = i + 1;
                while (end < n && isCloser(text[end])) {
                    end++;
                }
                return cut(end, end);
            }
            if (i - start >= MAX_CHARS && Chars.isWhitespace(c) || i - start >= 4 * MAX_CHARS) {
                return cut(i, Math.max(i, start + 1));
            }
            i++;
        }
    }

    /**
     * Whether {@code c} may end a sentence: a line break, end punctuation or a bullet. Those in ASCII are all
     * below 64 and stand as bits of one long, so that the splitter's loops pass a character with no memory read.
     * {@code c - 64 >> 31} is all ones below 64 and none from there: a test of {@code c < 64} first would be a
     * branch, mispredicted at about every blank between words.
     */
    private static boolean isEndMark(char c) {
        return (END_MARK_BITS >>> c & c - 64 >> 31 & 1) != 0 || c == '\u2022';
    }

    private static long cut(int end, int resume) {
        return (long) end << 32 | resume;
    }

    private static int end(long cut) {
        return (int) (cut >>> 32);
    }

    private static int resume(long cut) {
        return (int) cut;
    }

    private static boolean endsSentence(char[] text, int dot, int sentenceStart) {
        int n = text.length;
        int next = dot + 1;
        while (next < n && isCloser(text[next])) {
            next++;
        }
        if (next >= n) {
            return true;
        }
        if (!Chars.isWhitespace(text[next])) {
            return gluedSentence(text, dot, next, sentenceStart);
        }
        if (text[dot] != '.') {
            return true;
        }
        int wordStart = dot;
        while (wordStart > sentenceStart && (Chars.isLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) {
            wordStart--;
        }
        if (dot - wordStart > LONGEST_ABBREVIATION && noDot(text, wordStart, dot)) {
            return true; // too long for an abbreviation: no need to make the word
        }
        int length = dot - wordStart;
        if (length == 1 && Character.isUpperCase(text[wordStart])) {
            return false; // an initial: "John F. Kennedy"
        }
        if (!noDot(text, wordStart, dot)) {
            // "U.S." or "a.m." ends a sentence only when a capitalized word follows
            int after = skipSpace(text, next, n);
            return after < n && Character.isUpperCase(text[after]) && length > 3;
        }
        return !abbreviation(text, wordStart, dot);
    }

    /** Whether {@code text[from, to)}, letters, is one of {@link #ABBREVIATIONS} in any case; in place when ASCII. */
    private static boolean abbreviation(char[] text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c >= 128) {
                return ABBREVIATIONS.contains(new String(text, from, to - from).toLowerCase(Locale.ROOT));
            }
            h = 31 * h + (c | 32);
        }
        int at = Arrays.binarySearch(ABBREVIATION_HASHES, h);
        if (at < 0) {
            return false;
        }
        // hashes may collide: compare with every abbreviation of this hash
        while (at > 0 && ABBREVIATION_HASHES[at - 1] == h) {
            at--;
        }
        for (; at < ABBREVIATION_HASHES.length && ABBREVIATION_HASHES[at] == h; at++) {
            String a = ABBREVIATION_BY_HASH[at];
            if (a.length() == to - from && sameIgnoringAsciiCase(a, text, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameIgnoringAsciiCase(String lower, char[] text, int from) {
        for (int k = 0; k < lower.length(); k++) {
            if ((text[from + k] | 32) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** "on Tuesday.Police said": a lower-case word, a dot and a capital with no space between. */
    private static boolean gluedSentence(char[] text, int dot, int next, int sentenceStart) {
        if (text[dot] != '.' || next + 1 >= text.length || !Character.isUpperCase(text[next])
                || !Character.isLowerCase(text[next + 1])) {
            return false;
        }
        int k = dot - 1;
        int letters = 0;
        while (k >= sentenceStart && Character.isLowerCase(text[k])) {
            k--;
            letters++;
        }
        return letters >= 3 && (k < sentenceStart || Chars.isWhitespace(text[k]) || Character.isUpperCase(text[k]));
    }

    private static boolean noDot(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] == '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
    }

    private static int skipSpace(char[] text, int i, int n) {
        while (i < n && Chars.isWhitespace(text[i])) {
            i++;
        }
        return i;
    }
}
