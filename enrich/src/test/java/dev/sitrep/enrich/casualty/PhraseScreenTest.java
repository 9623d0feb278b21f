package dev.sitrep.enrich.casualty;

import dev.sitrep.enrich.text.Token;
import dev.sitrep.enrich.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The screen may pass sentences without a phrase, but must never rule out one that holds a phrase. */
class PhraseScreenTest {

    private static final TriggerLexicon LEXICON = TriggerLexicon.english();
    private static final List<String> ANCHORS = LEXICON.anchors();
    private static final AnchorScanner SCANNER = new AnchorScanner(ANCHORS);
    private static final PhraseScreen SCREEN = new PhraseScreen(LEXICON, ANCHORS, SCANNER);

    @Test
    void passesEverySentenceHoldingAPhrase() {
        int sentences = 0;
        for (Map.Entry<String, List<TriggerPhrase>> e : LEXICON.byAnchor().entrySet()) {
            for (TriggerPhrase p : e.getValue()) {
                // "sent" counts only whom it sends to hospital: the reader takes it with that only
                String phrase = String.join(" ", p.words()).replace(" - ", "-")
                        + (SentenceReader.onlyToHospital(p) ? " two men to hospital" : "");
                for (String written : List.of(phrase, phrase.toUpperCase(Locale.ROOT), phrase.replace(" ", " \t "),
                        phrase.replace(" ", "\n"))) {
                    for (String sentence : List.of("Police said two men " + written + " on Monday.",
                            written + ", police said.", "(" + written + ")")) {
                        assertThat(holdsPhrase(sentence)).as(sentence).isTrue();
                        assertThat(mayHold(sentence)).as(sentence).isTrue();
                        sentences++;
                    }
                }
            }
        }
        assertThat(sentences).isGreaterThan(1000);
    }

    @Test
    void rulesOutAnAnchorWithoutItsPhrase() {
        String sentence = "The condition of the road was poor after the storm.";
        assertThat(holdsPhrase(sentence)).isFalse();
        assertThat(mayHold(sentence)).isFalse();
    }

    @Test
    void rulesOutSentWithNoHospitalAfterIt() {
        assertThat(mayHold("Schools sent pupils home early on Monday.")).isFalse();
        assertThat(mayHold("Police sent reinforcements to the area.")).isFalse();
        assertThat(mayHold("The blast sent two men to a local Hospital.")).isTrue();
        assertThat(mayHold("Schools sent pupils home early after two men were killed.")).isTrue();
    }

    @Test
    void looksAtLaterAnchorsOfTheSentence() {
        assertThat(mayHold("The road was in poor condition, and two men were killed.")).isTrue();
    }

    @Test
    void neverRulesOutASentenceBeyondAscii() {
        // the tokenizer folds some non-ASCII letters to ASCII ones ("\u0130" to "i"): such text is always read
        assertThat(mayHold("The condition of the road was poor, said \u00c9mile.")).isTrue();
    }

    private static boolean mayHold(String sentence) {
        char[] chars = sentence.toCharArray();
        long anchor = SCANNER.find(chars, dev.sitrep.enrich.text.WordTokenizer.tokenize(sentence, chars), 0, 0);
        return anchor >= 0 && SCREEN.mayHoldPhrase(chars, AnchorScanner.offset(anchor), 0, chars.length);
    }

    private static boolean holdsPhrase(String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence, 0, sentence.length());
        for (int i = 0; i < tokens.size(); i++) {
            if (LEXICON.match(tokens, i) != null) {
                return true;
            }
        }
        return false;
    }
}
