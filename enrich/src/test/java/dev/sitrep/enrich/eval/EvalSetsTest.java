package dev.sitrep.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.json.EngineInfo;
import dev.sitrep.common.json.EnrichedJson;
import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.Enrichment;
import dev.sitrep.enrich.geo.BundledEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Guards the targets on the shared TR-News dev set; skipped where ../shared/eval is absent. */
class EvalSetsTest {

    static final Path TRNEWS = Path.of("../../shared/eval/geo/trnews.jsonl");

    @Test
    @DisplayName("should keep recognition F1 at 0.80 or more on TR-News")
    void shouldHoldTheTargetsOnTrNews() throws Exception {
        assumeTrue(Files.isRegularFile(TRNEWS), "shared eval set absent");
        ObjectMapper json = new ObjectMapper();
        EngineInfo engine = new EngineInfo("sitrep", "test", "bundled");
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        Map<String, JsonNode> pred = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TRNEWS, StandardCharsets.UTF_8)) {
            ObjectNode g = (ObjectNode) json.readTree(line);
            String id = g.path("id").asText();
            ArticleText article = ArticleText.of(id, g.path("text").asText());
            Enrichment e = new Enrichment(Casualties.NONE, BundledEngine.GEOPARSER.parse(article));
            gold.put(id, g);
            pred.put(id, EnrichedJson.write(g.deepCopy(), e, engine, Instant.EPOCH));
        }
        Map<String, Object> s = GeoScore.score(gold, pred);
        assertThat((double) s.get("recognition_f1")).isGreaterThanOrEqualTo(0.80);
        assertThat((double) s.get("acc161_of_recognized")).isGreaterThanOrEqualTo(0.88);
    }
}
