package dev.sitrep.enrich.link;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WordBeforeTest {

    private static final WordBefore WORDS = new WordBefore(Map.of("in", 2.0, "of", 1.0));

    private static double before(String text, String name) {
        return WORDS.before(text.toCharArray(), text.indexOf(name));
    }

    @Test
    @DisplayName("should find the whole word before a name, in any case, across blanks and quotes")
    void shouldFindTheWordBefore() {
        assertThat(before("fighting in Paris", "Paris")).isEqualTo(2.0);
        assertThat(before("IN  \"Paris\"", "Paris")).isEqualTo(2.0);
        assertThat(before("north of Paris", "Paris")).isEqualTo(1.0);
        assertThat(before("within Paris", "Paris")).isEqualTo(0.0);
        assertThat(before("Paris", "Paris")).isEqualTo(0.0);
    }

    @Test
    @DisplayName("should not look across a period or a comma")
    void shouldStopAtPeriodsAndCommas() {
        assertThat(before("they stayed in. Paris", "Paris")).isEqualTo(0.0);
        assertThat(before("in, Paris", "Paris")).isEqualTo(0.0);
    }

    @Test
    @DisplayName("should read letters beyond ASCII as part of the word, and lower-case them as strings do")
    void shouldReadOtherLetters() {
        assertThat(before("\u00e9in Paris", "Paris")).isEqualTo(0.0);
        assertThat(before("\u00c9 in Paris", "Paris")).isEqualTo(2.0);
        assertThat(before("\u0130N Paris", "Paris")).isEqualTo(0.0);
    }
}
