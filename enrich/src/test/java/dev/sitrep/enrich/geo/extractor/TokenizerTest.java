package dev.sitrep.enrich.geo.extractor;

import dev.sitrep.enrich.geo.gazetteer.NameNormalizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    private static List<String> surfaces(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.surface(i));
        }
        return out;
    }

    @Test
    @DisplayName("should keep abbreviations whole and leave possessives out")
    void shouldSplitWords() {
        Tokens t = Tokenizer.tokenize("Russia's envoy met U.S. officials in St. Louis and Wilkes-Barre.");
        assertThat(surfaces(t)).containsExactly("Russia", "envoy", "met", "U.S.", "officials", "in", "St.", "Louis",
                "and", "Wilkes", "Barre");
        assertThat(t.is(10, Tokens.JOINED)).isTrue();
        assertThat(t.is(10, Tokens.HYPHENATED)).isTrue();
        assertThat(t.is(0, Tokens.SENTENCE_START)).isTrue();
        assertThat(t.is(4, Tokens.SENTENCE_START)).as("U.S. does not end a sentence").isFalse();
    }

    @Test
    @DisplayName("should mark sentence starts, commas and capitals")
    void shouldFlagContext() {
        Tokens t = Tokenizer.tokenize("He lived in Kazan, Russia. Turkey said NATO would act.");
        assertThat(t.is(4, Tokens.AFTER_COMMA)).isTrue();
        assertThat(t.is(5, Tokens.SENTENCE_START)).isTrue();
        assertThat(t.is(7, Tokens.ALL_CAPS)).isTrue();
        assertThat(t.capitalized(3)).isTrue();
        assertThat(t.capitalized(2)).isFalse();
    }

    @Test
    @DisplayName("should hash each plain token exactly as its lookup key hashes")
    void shouldHashLikeTheKey() {
        String text = "The U.S. and Nagorno-Karabakh, St. Paul's MAYOR Ft. Worth O'Fallon Zürich 1999 Québec Mt. Hood";
        Tokens t = Tokenizer.tokenize(text);
        for (int i = 0; i < t.size(); i++) {
            if (t.keyHash(i) != 0) {
                assertThat(t.keyHash(i)).as(t.surface(i))
                        .isEqualTo(NameNormalizer.normalize(text, t.start(i), t.end(i)).hashCode());
            }
        }
    }
}
