package dev.sitrep.enrich.text;

import java.util.ArrayList;
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

    private SentenceSplitter() {
    }

    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0, n);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            boolean cut = false;
            int end = i + 1;
            if (c == '\n' || c == '\r' || c == '\u2022') {
                cut = true;
                end = i;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, start)) {
                cut = true;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
            } else if (i - start >= MAX_CHARS && Character.isWhitespace(c) || i - start >= 4 * MAX_CHARS) {
                cut = true;
                end = i;
            }
            if (cut) {
                if (end > start) {
                    out.add(new Span(start, end));
                }
                start = skipSpace(text, Math.max(end, i + 1), n);
                i = start;
            } else {
                i++;
            }
        }
        if (start < n) {
            out.add(new Span(start, n));
        }
        return out;
    }

    private static boolean endsSentence(String text, int dot, int sentenceStart) {
        int n = text.length();
        int next = dot + 1;
        while (next < n && isCloser(text.charAt(next))) {
            next++;
        }
        if (next >= n) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return gluedSentence(text, dot, next, sentenceStart);
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int wordStart = dot;
        while (wordStart > sentenceStart && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "John F. Kennedy"
        }
        if (word.indexOf('.') >= 0) {
            // "U.S." or "a.m." ends a sentence only when a capitalized word follows
            int after = skipSpace(text, next, n);
            return after < n && Character.isUpperCase(text.charAt(after)) && word.length() > 3 && !word.equals("U.S");
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "on Tuesday.Police said": a lower-case word, a dot and a capital with no space between. */
    private static boolean gluedSentence(String text, int dot, int next, int sentenceStart) {
        if (text.charAt(dot) != '.' || next + 1 >= text.length() || !Character.isUpperCase(text.charAt(next))
                || !Character.isLowerCase(text.charAt(next + 1))) {
            return false;
        }
        int k = dot - 1;
        int letters = 0;
        while (k >= sentenceStart && Character.isLowerCase(text.charAt(k))) {
            k--;
            letters++;
        }
        return letters >= 3 && (k < sentenceStart || Character.isWhitespace(text.charAt(k)) || Character.isUpperCase(text.charAt(k)));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
    }

    private static int skipSpace(String text, int i, int n) {
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
