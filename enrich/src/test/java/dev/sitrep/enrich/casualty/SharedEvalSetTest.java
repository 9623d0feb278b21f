package dev.sitrep.enrich.casualty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.json.EngineInfo;
import dev.sitrep.common.json.EnrichedJson;
import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Enrichment;
import dev.sitrep.enrich.eval.CasualtyScore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the targets on the shared evaluation sets, which live outside the repository
 * ({@code ../shared/eval}) and are never copied into it: skipped where they are absent.
 */
class SharedEvalSetTest {

    private static final RuleBasedCasualtyExtractor EXTRACTOR = new RuleBasedCasualtyExtractor();

    private static Path evalSet(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/eval/casualties").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static CasualtyScore.Report score(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, JsonNode> gold = CasualtyScore.load(file, mapper);
        Map<String, JsonNode> predicted = new LinkedHashMap<>();
        EngineInfo engine = new EngineInfo("sitrep", "test", "none");
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            JsonNode d = e.getValue();
            ArticleText article = new ArticleText(e.getKey(), d.path("title").isTextual() ? d.get("title").asText() : null,
                    d.path("text").asText(), "en");
            ObjectNode out = EnrichedJson.write(mapper.createObjectNode(),
                    new Enrichment(EXTRACTOR.extract(article), List.of()), engine, Instant.EPOCH);
            predicted.put(e.getKey(), out);
        }
        return CasualtyScore.score(gold, predicted);
    }

    @Test
    @DisplayName("meets the ACLED targets: killed exact when gold positive >= 0.85, exact >= 0.95")
    void shouldMeetAcledTargets() throws IOException {
        Path file = evalSet("acled-2020.jsonl");
        assumeTrue(file != null, "../shared/eval is absent");
        CasualtyScore.TypeScore killed = score(file).byType().get("killed");
        assertThat(killed.exactWhenGoldPositive()).isGreaterThanOrEqualTo(0.85);
        assertThat(killed.exact()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    @DisplayName("meets the shooting-article targets: killed >= 0.75 and injured >= 0.65 exact when gold positive")
    void shouldMeetShootingTargets() throws IOException {
        Path file = evalSet("gva-dev.jsonl");
        assumeTrue(file != null, "../shared/eval is absent");
        CasualtyScore.Report report = score(file);
        assertThat(report.byType().get("killed").exactWhenGoldPositive()).isGreaterThanOrEqualTo(0.75);
        assertThat(report.byType().get("injured").exactWhenGoldPositive()).isGreaterThanOrEqualTo(0.65);
    }
}
