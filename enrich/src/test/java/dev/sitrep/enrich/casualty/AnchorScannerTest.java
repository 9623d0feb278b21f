package dev.sitrep.enrich.casualty;

import dev.sitrep.enrich.text.WordTokenizer;
import dev.sitrep.enrich.text.WordTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnchorScannerTest {

    private static final AnchorScanner SCANNER = new AnchorScanner(TriggerLexicon.english().anchors());

    /** The offsets {@link AnchorScanner#find} gives, scanning on after each hit as the extractor does. */
    private static List<Integer> found(String text) {
        char[] chars = text.toCharArray();
        WordTokens words = WordTokenizer.tokenize(text, chars);
        List<Integer> out = new ArrayList<>();
        int pos = 0;
        int token = 0;
        long hit;
        while ((hit = SCANNER.find(chars, words, token, pos)) >= 0) {
            out.add(AnchorScanner.offset(hit));
            pos = AnchorScanner.offset(hit) + 1;
            token = AnchorScanner.firstEndingAfter(words, AnchorScanner.token(hit), pos);
        }
        return out;
    }

    /** The offsets {@link AnchorScanner#next} gives, reading the characters. */
    private static List<Integer> next(String text) {
        char[] chars = text.toCharArray();
        List<Integer> out = new ArrayList<>();
        int hit = SCANNER.next(chars, 0, chars.length);
        while (hit >= 0) {
            out.add(hit);
            hit = SCANNER.next(chars, AnchorScanner.wordEnd(chars, hit, chars.length), chars.length);
        }
        return out;
    }

    @Test
    @DisplayName("should find among the word tokens, by their hashes, the words a read of the characters finds")
    void shouldFindWhatTheCharactersHold() {
        for (String text : List.of("Gunmen KILLED three; two were Wounded, police said at noon.",
                "At dawn it was over: 14 dead, the Kyiv's hospital said. Up to 20 were hurt.",
                "No one died in Zürich's fire, and the killers' car was burnt-out (dead-end).",
                "U.S. troops shot 2 men; deaths.Injuries up")) {
            assertThat(found(text)).as(text).isNotEmpty().isEqualTo(next(text));
        }
    }

    @Test
    @DisplayName("should refuse a two-letter word ending in t, which the word tokens give no hash")
    void shouldRefuseWordsTheTokensGiveNoHash() {
        assertThatThrownBy(() -> new AnchorScanner(List.of("killed", "at")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
