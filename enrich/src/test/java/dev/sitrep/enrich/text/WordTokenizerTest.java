package dev.sitrep.enrich.text;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordTokenizerTest {

    private static int index(WordTokens w, String surface) {
        for (int i = 0; i < w.size(); i++) {
            if (w.surface(i).equals(surface)) {
                return i;
            }
        }
        throw new AssertionError(surface + " is no token");
    }

    @Test
    @DisplayName("should join words one blank apart and hash plain words as their keys")
    void shouldJoinPlainWordsAndHashNames() {
        WordTokens w = WordTokenizer.tokenize("Shelling hit eastern Aleppo on Monday, officials said.");

        assertThat(w.size()).isEqualTo(8);
        assertThat(w.is(0, WordTokens.SENTENCE_START)).isTrue();
        int aleppo = index(w, "Aleppo");
        assertThat(w.is(aleppo, WordTokens.JOINED)).isTrue();
        assertThat(w.is(aleppo, WordTokens.CAPITALIZED)).isTrue();
        assertThat(w.is(aleppo, WordTokens.ALL_CAPS)).isFalse();
        assertThat(w.keyHash(aleppo)).isEqualTo("aleppo".hashCode());
        assertThat(w.keyHash(index(w, "eastern"))).isEqualTo("eastern".hashCode());
        assertThat(w.keyHash(index(w, "said"))).isEqualTo("said".hashCode());
        int officials = index(w, "officials");
        assertThat(w.is(officials, WordTokens.AFTER_COMMA)).isTrue();
        assertThat(w.is(officials, WordTokens.JOINED)).isFalse();
    }

    @Test
    @DisplayName("should leave words of other shapes to the general rules")
    void shouldReadOtherShapesAsBefore() {
        WordTokens w = WordTokenizer.tokenize("Troops in the U.S. and Kyiv's mayor saw 14 dead. At dawn NATO met.");

        assertThat(w.surface(index(w, "U.S."))).isEqualTo("U.S.");
        assertThat(w.is(index(w, "and"), WordTokens.JOINED)).isTrue();
        int kyiv = index(w, "Kyiv");
        assertThat(w.is(kyiv, WordTokens.JOINED)).isTrue();
        assertThat(w.is(index(w, "mayor"), WordTokens.JOINED)).isFalse();
        assertThat(w.is(index(w, "14"), WordTokens.HAS_DIGIT)).isTrue();
        int at = index(w, "At");
        assertThat(w.is(at, WordTokens.SENTENCE_START)).isTrue();
        assertThat(w.keyHash(at)).isZero();
        assertThat(w.is(index(w, "NATO"), WordTokens.ALL_CAPS)).isTrue();
    }

    @Test
    @DisplayName("should end a plain word at a full stop, and keep the periods of short words and abbreviations")
    void shouldTellFullStopsFromAbbreviations() {
        WordTokens w = WordTokenizer.tokenize("Two died in the area. St. Paul and Mr. Lee came, aid etc., and hi.Jo");

        int area = index(w, "area");
        assertThat(w.is(area, WordTokens.ASCII_LETTERS)).isTrue();
        assertThat(w.keyHash(area)).isEqualTo("area".hashCode());
        assertThat(w.is(index(w, "St."), WordTokens.SENTENCE_START)).isTrue();
        assertThat(w.is(index(w, "St."), WordTokens.ASCII_LETTERS)).isFalse();
        assertThat(w.is(index(w, "Paul"), WordTokens.JOINED)).isTrue();
        assertThat(w.is(index(w, "Lee"), WordTokens.JOINED)).isTrue();
        assertThat(w.surface(index(w, "etc."))).isEqualTo("etc.");
        assertThat(w.surface(index(w, "hi.Jo"))).isEqualTo("hi.Jo");
    }
}
