package dev.sitrep.bench;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticCorpusTest {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");
    private static List<String> articles;

    @BeforeAll
    static void generate() {
        articles = new SyntheticCorpus(42).articles(300, 3_600);
    }

    @Test
    @DisplayName("should give the same articles for the same seed and others for another")
    void shouldBeSeeded() {
        assertThat(new SyntheticCorpus(42).articles(20, 3_600)).isEqualTo(articles.subList(0, 20));
        assertThat(new SyntheticCorpus(43).articles(20, 3_600)).doesNotContainAnyElementsOf(articles.subList(0, 20));
    }

    @Test
    @DisplayName("should write articles of about the asked length with every template slot filled")
    void shouldFillTemplatesToLength() {
        assertThat(articles).allSatisfy(text -> {
            assertThat(text.length()).isBetween(3_500, 4_000);
            assertThat(text).doesNotContain("{", "}");
            assertThat(Character.isLowerCase(text.charAt(0))).as("first letter of: %s", text.substring(0, 40)).isFalse();
        });
    }

    @Test
    @DisplayName("should have a news-sized vocabulary, not a template's few hundred words")
    void shouldHaveNewsSizedVocabulary() {
        Set<String> lower = new HashSet<>();
        Set<String> capitalized = new HashSet<>();
        long words = 0;
        long capitalizedWords = 0;
        long chars = 0;
        for (String text : articles) {
            chars += text.length();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String w = m.group();
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalized.add(w);
                    capitalizedWords++;
                } else {
                    lower.add(w);
                }
            }
        }
        // US local and world news: 4,600 to 8,800 distinct lowercase and 2,200 to 4,900 capitalized words per 100,000
        assertThat(words).isGreaterThan(150_000);
        assertThat(lower).hasSizeGreaterThan(4_000);
        assertThat(capitalized).hasSizeGreaterThan(3_000);
        // and 28 to 34 capitalized words per thousand characters
        assertThat(1000.0 * capitalizedWords / chars).isBetween(25.0, 40.0);
    }

    @Test
    @DisplayName("should name casualty figures and places in every article")
    void shouldCarryFiguresAndPlaces() {
        assertThat(articles).allSatisfy(text -> assertThat(text).containsPattern(
                "(killed|died|dead|lost their lives|wounded|injur|hospitalised|abducted|detained|arrested|missing|hostage|fled)"));
        assertThat(articles.stream().filter(t -> t.contains(" County")).count()).isGreaterThan(30);
    }
}
