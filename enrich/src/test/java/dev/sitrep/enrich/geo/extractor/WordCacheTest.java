package dev.sitrep.enrich.geo.extractor;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The thread's cache of plain words behind {@link TokenKeys}. */
class WordCacheTest {

    @Test
    @DisplayName("a plain word met again, in any case, is the word kept, keyed in lowercase")
    void shouldReturnTheKeptWordForAWordMetBefore() {
        TokenKeys.WordCache cache = new TokenKeys.WordCache();
        String text = "Police in TEXAS and police in Texas";

        TokenKeys.Word first = cache.word(text, 0, 6);
        TokenKeys.Word again = cache.word(text, 20, 26);

        assertThat(first.key).isEqualTo("police");
        assertThat(again).isSameAs(first);
        assertThat(cache.word(text, 30, 35)).isSameAs(cache.word(text, 10, 15));
        assertThat(cache.word(text, 10, 15).key).isEqualTo("texas");
    }

    @Test
    @DisplayName("words the normalizer must see are not kept: abbreviations, other letters, long words")
    void shouldLeaveOtherWordsToTheNormalizer() {
        TokenKeys.WordCache cache = new TokenKeys.WordCache();

        assertThat(cache.word("St Louis", 0, 2)).isNull();
        assertThat(cache.word("Zürich", 0, 6)).isNull();
        assertThat(cache.word("Llanfairpwllgwyngyllgogery", 0, 26)).isNull();
    }
}
