package dev.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.json.EngineInfo;
import dev.sitrep.common.json.EnrichedJson;
import dev.sitrep.common.json.InvalidArticleException;
import dev.sitrep.common.json.Json;
import dev.sitrep.common.json.ParsedArticle;
import dev.sitrep.enrich.Enricher;
import dev.sitrep.enrich.EnricherFactory;
import dev.sitrep.enrich.eval.CasualtyScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code sitrep eval casualties}: runs the engine over a labelled JSONL file (or reads its output) and
 * prints the casualty metrics of score.py.
 */
@Command(name = "casualties", mixinStandardHelpOptions = true,
        description = {"Score casualty totals against gold labels, with the metrics of score.py.",
                "Each line of GOLD is an article with a \"gold\" object: \"killed\" and/or \"injured\" counts, "
                        + "optional \"split_or_coded\" (row skipped), optional \"killed_low\"/\"killed_high\"."})
final class EvalCasualtiesCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "GOLD.jsonl", description = "Labelled articles.")
    Path in;

    @Option(names = "--pred", paramLabel = "PRED.jsonl",
            description = "Enriched output to score instead of running the engine (as written by extract).")
    Path pred;

    @Override
    public Integer call() throws IOException {
        ObjectMapper mapper = Json.mapper();
        Map<String, JsonNode> gold = CasualtyScore.load(in, mapper);
        Map<String, JsonNode> predicted = pred != null ? CasualtyScore.load(pred, mapper) : enrich(gold);
        CasualtyScore.score(gold, predicted).lines().forEach(System.out::println);
        return 0;
    }

    private static Map<String, JsonNode> enrich(Map<String, JsonNode> gold) {
        Enricher enricher = EnricherFactory.standard();
        EngineInfo engine = enricher.info();
        ArticleReader reader = new ArticleReader();
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            try {
                ParsedArticle article = reader.read(e.getValue().deepCopy());
                out.put(e.getKey(), EnrichedJson.write(article.json(), enricher.enrich(article.text()), engine, Instant.now()));
            } catch (InvalidArticleException ex) {
                System.err.printf("eval: %s: %s: %s%n", e.getKey(), ex.code(), ex.getMessage());
            }
        }
        return out;
    }
}
