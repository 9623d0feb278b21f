package dev.sitrep.enrich.casualty;

import java.util.List;
import java.util.Map;

/**
 * Tells from a sentence's characters, before it is tokenized, whether a casualty phrase may stand in it. Every
 * phrase holds its anchor word, and the tokenizer's tokens stand apart by white space only: so in a sentence
 * holding a phrase, its other words stand right before and after one of the anchor words, apart from it by white
 * space at most. A sentence where no anchor word has its phrase's words around it holds no phrase, and tokenizing
 * and reading it would find nothing: a quarter (real news) to two fifths (the bench's corpus) of the sentences an
 * anchor word brings in are such ("in critical condition" is a phrase; "the condition of the road" is not).
 * Immutable and thread-safe.
 *
 * <p>Only ASCII sentences are ruled out: there the tokenizer folds case as this screen does, letter for letter.
 */
final class PhraseScreen {

    /** A phrase's words and where its anchor word stands among them. */
    private record Phrase(String[] words, int anchor) {
    }

    private final AnchorScanner scanner;
    /** The phrases of each anchor word, by its index in the scanner. */
    private final Phrase[][] byAnchor;

    PhraseScreen(TriggerLexicon lexicon, List<String> anchors, AnchorScanner scanner) {
        this.scanner = scanner;
        Map<String, List<TriggerPhrase>> phrases = lexicon.byAnchor();
        byAnchor = new Phrase[anchors.size()][];
        for (int i = 0; i < anchors.size(); i++) {
            byAnchor[i] = phrases.get(anchors.get(i)).stream()
                    .map(p -> new Phrase(p.words().toArray(String[]::new), TriggerLexicon.anchor(p)))
                    .toArray(Phrase[]::new);
        }
    }

    /**
     * False only when no phrase can be read in the sentence {@code text[start, end)} from the anchor word at
     * {@code hit} on: the first anchor word the scanner found at or after where reading starts, so that no phrase
     * starts earlier.
     */
    boolean mayHoldPhrase(char[] text, int hit, int start, int end) {
        int word = hit;
        while (word >= 0) {
            int wordEnd = AnchorScanner.wordEnd(text, word, end);
            if (phraseAround(text, word, wordEnd, start, end)) {
                return true;
            }
            word = scanner.next(text, wordEnd, end);
        }
        return !ascii(text, start, end);
    }

    /** Whether a phrase of the anchor word {@code text[word, wordEnd)} has its other words around it. */
    private boolean phraseAround(char[] text, int word, int wordEnd, int start, int end) {
        int anchor = scanner.indexOf(text, word, wordEnd);
        if (anchor < 0) {
            return false;
        }
        for (Phrase p : byAnchor[anchor]) {
            if (wordsBefore(text, p, word, start) && wordsAfter(text, p, wordEnd, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordsBefore(char[] text, Phrase p, int word, int start) {
        int at = word;
        for (int k = p.anchor() - 1; k >= 0; k--) {
            while (at > start && isGap(text[at - 1])) {
                at--;
            }
            String w = p.words()[k];
            at -= w.length();
            if (at < start || !same(text, at, w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordsAfter(char[] text, Phrase p, int wordEnd, int end) {
        int at = wordEnd;
        String[] words = p.words();
        for (int k = p.anchor() + 1; k < words.length; k++) {
            while (at < end && isGap(text[at])) {
                at++;
            }
            String w = words[k];
            if (at + w.length() > end || !same(text, at, w)) {
                return false;
            }
            at += w.length();
        }
        return true;
    }

    /** Whether {@code text} holds {@code word}, lower-case ASCII, at {@code at}, in any case. */
    private static boolean same(char[] text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = text[at + k];
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** White space between two tokens, as the tokenizer skips it, in ASCII text. */
    private static boolean isGap(char c) {
        return c <= ' ' && Character.isWhitespace(c);
    }

    private static boolean ascii(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text[i] >= 128) {
                return false;
            }
        }
        return true;
    }
}
