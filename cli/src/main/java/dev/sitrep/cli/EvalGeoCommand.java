package dev.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.json.EngineInfo;
import dev.sitrep.common.json.EnrichedJson;
import dev.sitrep.common.json.InvalidArticleException;
import dev.sitrep.common.json.Json;
import dev.sitrep.common.json.ParsedArticle;
import dev.sitrep.common.model.Enrichment;
import dev.sitrep.enrich.Enricher;
import dev.sitrep.enrich.EnricherFactory;
import dev.sitrep.enrich.eval.AcledLocationScore;
import dev.sitrep.enrich.eval.GeoScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code sitrep eval geo}: runs the engine over a gold file and prints the geoparsing metrics of
 * {@code score.py geo}; with {@code --acled}, the share of ACLED events placed within 50 km.
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = "Geoparse a gold JSONL file (gold.toponyms[] with start, end, lat, lon, geonameid) and print "
                + "recognition and resolution metrics; with --acled, score event locations of ACLED notes instead.")
final class EvalGeoCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "GOLD.jsonl", description = "Gold records, one JSON object a line.")
    Path in;

    @Option(names = "--out", paramLabel = "PRED.jsonl", description = "Also write the enriched records here.")
    Path out;

    @Option(names = "--acled", description = "Gold is ACLED notes (gold.lat, gold.lon, gold.geo_precision): print the "
            + "share of precision-1 events whose place lies within 50 km.")
    boolean acled;

    @Option(names = "--json", description = "Print the metrics as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Enricher enricher = EnricherFactory.standard();
        EngineInfo engine = enricher.info();
        ArticleReader reader = new ArticleReader();
        ObjectMapper mapper = Json.mapper();
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        Map<String, JsonNode> pred = new LinkedHashMap<>();
        long acledRows = 0;
        long acledHits = 0;
        try (BufferedReader lines = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             BufferedWriter writer = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            long lineNo = 0;
            while ((line = lines.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                ParsedArticle article;
                try {
                    article = reader.read(line.getBytes(StandardCharsets.UTF_8));
                } catch (InvalidArticleException e) {
                    System.err.printf("%s:%d: %s: %s%n", in, lineNo, e.code(), e.getMessage());
                    continue;
                }
                JsonNode g = article.json().deepCopy();
                Enrichment enrichment = enricher.enrich(article.text());
                ObjectNode enriched = EnrichedJson.write(article.json(), enrichment, engine, Instant.now());
                gold.put(article.id(), g);
                pred.put(article.id(), enriched);
                if (writer != null) {
                    writer.write(mapper.writeValueAsString(enriched));
                    writer.newLine();
                }
                JsonNode gg = g.path("gold");
                if (acled && gg.path("geo_precision").asInt(0) == 1 && gg.path("lat").isNumber()) {
                    acledRows++;
                    if (AcledLocationScore.hit(article.text(), enrichment, gg.path("lat").asDouble(), gg.path("lon").asDouble())) {
                        acledHits++;
                    }
                }
            }
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        if (acled) {
            metrics.put("records", gold.size());
            metrics.put("geo_precision_1", acledRows);
            metrics.put("within_50km", acledRows == 0 ? null : (double) acledHits / acledRows);
        } else {
            metrics = GeoScore.score(gold, pred);
        }
        if (json) {
            System.out.println(mapper.writeValueAsString(metrics));
        } else {
            metrics.forEach((k, v) -> System.out.println(String.format(Locale.ROOT, "%-34s %s", k, v)));
        }
        return 0;
    }
}
