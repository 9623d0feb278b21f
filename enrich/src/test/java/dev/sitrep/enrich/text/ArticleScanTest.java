package dev.sitrep.enrich.text;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.TextField;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleScanTest {

    private static List<String> words(ArticleScan scan, TextField field) {
        WordTokens w = scan.field(field).words();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            out.add(w.surface(i));
        }
        return out;
    }

    private static ArticleText article(String title, String text) {
        return new ArticleText("a", title, text, "en");
    }

    @Test
    @DisplayName("should tokenize a short article right after a long one in the thread's arrays")
    void shouldReuseTheThreadsArrays() {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            longText.append("Troops moved north of Aleppo on day ").append(i).append(". ");
        }
        try (ArticleScan first = ArticleScan.open(article("Clashes in Idlib", longText.toString()))) {
            assertThat(words(first, TextField.TEXT)).hasSize(1600);
        }

        try (ArticleScan second = ArticleScan.open(article("Two killed", "Two men were killed in Mosul."))) {
            assertThat(words(second, TextField.TITLE)).containsExactly("Two", "killed");
            assertThat(words(second, TextField.TEXT)).containsExactly("Two", "men", "were", "killed", "in", "Mosul");
        }
    }

    @Test
    @DisplayName("should give a scan opened inside another open scan arrays of its own")
    void shouldNotShareArraysWithAnOpenScan() {
        try (ArticleScan outer = ArticleScan.open(article(null, "Shelling hit Donetsk and Kharkiv."))) {
            List<String> before = words(outer, TextField.TEXT);
            try (ArticleScan inner = ArticleScan.open(article(null, "Floods displaced 3,000 people in Sindh province."))) {
                assertThat(words(inner, TextField.TEXT)).startsWith("Floods", "displaced");
            }
            assertThat(words(outer, TextField.TEXT)).isEqualTo(before)
                    .containsExactly("Shelling", "hit", "Donetsk", "and", "Kharkiv");
        }
    }
}
