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
 * A phrase the reader drops unless "to hospital" follows ("sent") counts as around its anchor only when "hospital"
 * comes after it in the sentence.
 */
final class PhraseScreen {

    /**
     * A phrase's words and where its anchor word stands among them.
     *
     * @param toHospital the reader takes the phrase only with "to hospital" after it ({@link
     *                   SentenceReader#onlyToHospital}): "sent", common in news ("sent troops", "sent a letter"),
     *                   and a sentence read for it alone costs as much as one with a figure
     */
    private record Phrase(String[] words, int anchor, boolean toHospital) {
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
                    .map(p -> new Phrase(p.words().toArray(String[]::new), TriggerLexicon.anchor(p),
                            SentenceReader.onlyToHospital(p)))
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
            if (wordsBefore(text, p, word, start) && wordsAfter(text, p, wordEnd, end)
                    && (!p.toHospital() || holds(text, wordEnd, end, HOSPITAL))) {
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

    /**
     * What the reader's token "hospital" or "hospitals" after "sent" starts with: in ASCII text such a token is these
     * letters in any case, so a sentence without them after "sent" has no "to hospital" for it.
     */
    private static final String HOSPITAL = "hospital";

    /** Whether {@code text[from, to)} holds {@code word}, lower-case ASCII, anywhere, in any case. */
    private static boolean holds(char[] text, int from, int to, String word) {
        for (int at = from; at + word.length() <= to; at++) {
            if (same(text, at, word)) {
                return true;
            }
        }
        return false;
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
