package dev.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.json.DeadLetter;
import dev.sitrep.common.json.EngineInfo;
import dev.sitrep.common.json.EnrichedJson;
import dev.sitrep.common.json.InvalidArticleException;
import dev.sitrep.common.json.Json;
import dev.sitrep.common.json.ParsedArticle;
import dev.sitrep.enrich.Enricher;
import dev.sitrep.enrich.EnricherFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code sitrep extract}: the enrichment engine over a JSONL file, no Kafka. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Enrich a JSONL file of articles offline, without Kafka.")
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "FILE.jsonl", description = "Articles, one JSON object a line.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "Enriched articles, one a line.")
    Path out;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Accepted like every command's; extract uses no Kafka, so it is ignored.")
    String bootstrap;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Accepted like every command's; extract uses no Kafka, so it is ignored.")
    Path kafkaConfig;

    @Option(names = "--dlq", paramLabel = "FILE.jsonl",
            description = "Where lines that are not articles go, as dead letters (default: reported on stderr only).")
    Path dlq;

    @Override
    public Integer call() throws IOException {
        Enricher enricher = EnricherFactory.standard();
        EngineInfo engine = new EngineInfo("sitrep", EnricherFactory.VERSION, enricher.gazetteer());
        ArticleReader reader = new ArticleReader();
        ObjectMapper mapper = Json.mapper();
        long enriched = 0;
        long rejected = 0;
        try (BufferedReader lines = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             BufferedWriter dead = dlq == null ? null : Files.newBufferedWriter(dlq, StandardCharsets.UTF_8)) {
            String line;
            long lineNo = 0;
            while ((line = lines.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                try {
                    ParsedArticle article = reader.read(bytes);
                    ObjectNode json = EnrichedJson.write(article.json(), enricher.enrich(article.text()), engine, Instant.now());
                    writer.write(mapper.writeValueAsString(json));
                    writer.newLine();
                    enriched++;
                } catch (InvalidArticleException e) {
                    rejected++;
                    System.err.printf("%s:%d: %s: %s%n", in, lineNo, e.code(), e.getMessage());
                    if (dead != null) {
                        DeadLetter letter = DeadLetter.of(e.code(), e.getMessage(), null, -1, lineNo, bytes, Instant.now());
                        dead.write(mapper.writeValueAsString(letter.toJson(mapper)));
                        dead.newLine();
                    }
                }
            }
        }
        System.err.printf("extract: %d enriched, %d rejected -> %s%n", enriched, rejected, out);
        return rejected == 0 ? 0 : 1;
    }
}
