package dev.sitrep.enrich.text;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    @DisplayName("splits at end punctuation but not after titles and initials")
    void shouldSplitAtSentenceEnds() {
        assertThat(sentences("Mr. Smith said two died. Gen. J. Doe agreed! Was it over? Yes."))
                .containsExactly("Mr. Smith said two died.", "Gen. J. Doe agreed!", "Was it over?", "Yes.");
    }

    @Test
    @DisplayName("splits at line breaks and at sentences glued without a space")
    void shouldSplitAtLineBreaksAndGluedSentences() {
        assertThat(sentences("One man died on Tuesday.Police said more\nA second line"))
                .containsExactly("One man died on Tuesday.", "Police said more", "A second line");
    }

    @Test
    @DisplayName("ends no sentence at a letter whose code is an end mark's plus 64, as 'J' is a line feed's")
    void shouldEndNoSentenceAtLettersSharingTheLowBitsOfAnEndMark() {
        // 'J' (74), 'M' (77), 'a' (97), 'n' (110) and '\u007f' (127) stand 64 above '\n', '\r', '!', '.' and '?'
        String text = "Jan Mann ran\u007f far. Next one";
        assertThat(sentences(text)).containsExactly("Jan Mann ran\u007f far.", "Next one");
        assertThat(SentenceSplitter.around(text.toCharArray(), text.indexOf("far")))
                .isEqualTo(new Span(0, text.indexOf(" Next")));
    }

    @Test
    @DisplayName("finds around any offset the sentence split finds, marks that end none before it or not")
    void shouldFindAroundAnOffsetTheSentenceSplitFinds() {
        String text = "Mr. Smith said 2.5 tons fell at 9 a.m. in the U.S. on Tuesday. Two died!\nGen. J. Doe agreed, "
                + "at St. Mary's. Was it over? Yes.";
        char[] chars = text.toCharArray();
        for (Span sentence : SentenceSplitter.split(text)) {
            for (int pos = sentence.start(); pos < sentence.end(); pos++) {
                assertThat(SentenceSplitter.around(chars, pos)).as("around %d", pos).isEqualTo(sentence);
            }
        }
    }

    @Test
    @DisplayName("cuts a sentence that never ends, so no later pass reads an unbounded span")
    void shouldCutRunawaySentences() {
        String text = "word ".repeat(1000);
        assertThat(SentenceSplitter.split(text))
                .allSatisfy(s -> assertThat(s.end() - s.start()).isLessThanOrEqualTo(4 * SentenceSplitter.MAX_CHARS + 1));
    }
}
