package dev.sitrep.enrich.casualty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.CasualtyTotal;
import dev.sitrep.common.model.CasualtyType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole articles written for this test (not taken from any data set), each with the totals a careful
 * coder would write down: {@code casualty/articles.jsonl}, one article a line with {@code expected}
 * mapping each type to {@code [best, low, high]}.
 */
class ArticleRegressionTest {

    private static final RuleBasedCasualtyExtractor EXTRACTOR = new RuleBasedCasualtyExtractor();

    record Case(String id, ArticleText article, Map<CasualtyType, CasualtyTotal> expected) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Case> articles() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Case> out = new ArrayList<>();
        try (InputStream in = ArticleRegressionTest.class.getResourceAsStream("/casualty/articles.jsonl");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode d = mapper.readTree(line);
                String title = d.path("title").asText("");
                ArticleText article = new ArticleText(d.get("id").asText(), title.isEmpty() ? null : title,
                        d.get("text").asText(), "en");
                Map<CasualtyType, CasualtyTotal> expected = new EnumMap<>(CasualtyType.class);
                for (Iterator<Map.Entry<String, JsonNode>> it = d.get("expected").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode v = e.getValue();
                    expected.put(CasualtyType.valueOf(e.getKey().toUpperCase(Locale.ROOT)),
                            new CasualtyTotal(v.get(0).asLong(), v.get(1).asLong(), v.get(2).isNull() ? null : v.get(2).asLong()));
                }
                out.add(new Case(d.get("id").asText(), article, expected));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    @DisplayName("totals each written article as a careful coder would")
    void shouldTotalArticles(Case c) {
        Casualties found = EXTRACTOR.extract(c.article());
        assertThat(found.totals()).as("mentions: %s", found.mentions()).isEqualTo(c.expected());
    }
}
