package dev.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.config.Settings;
import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.json.DeadLetter;
import dev.sitrep.common.json.EngineInfo;
import dev.sitrep.common.json.EnrichedJson;
import dev.sitrep.common.json.ErrorCode;
import dev.sitrep.common.json.InvalidArticleException;
import dev.sitrep.common.json.Json;
import dev.sitrep.common.json.ParsedArticle;
import dev.sitrep.enrich.Enricher;
import dev.sitrep.enrich.EnricherFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
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

    @Mixin
    LimitOptions limitOptions;

    @Override
    public Integer call() throws IOException {
        Enricher enricher = EnricherFactory.standard();
        EngineInfo engine = enricher.info();
        ArticleReader reader = new ArticleReader(limitOptions.limits(Settings.load(kafkaConfig, System.getenv())));
        ObjectMapper mapper = Json.mapper();
        long enriched = 0;
        long rejected = 0;
        long lineNo = 0;
        Signals signals = new Signals();
        try (signals) {
            // Lines are split as bytes: a line that is not UTF-8 is one bad record, not an unreadable file.
            try (InputStream lines = new BufferedInputStream(Files.newInputStream(in));
                 BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 BufferedWriter dead = dlq == null ? null : Files.newBufferedWriter(dlq, StandardCharsets.UTF_8)) {
                byte[] bytes;
                // On SIGTERM the line in hand is finished and the outputs are closed whole, each line complete.
                while (!signals.signalled() && (bytes = nextLine(lines)) != null) {
                    lineNo++;
                    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
                        continue;
                    }
                    ErrorCode code;
                    String message;
                    try {
                        ParsedArticle article = reader.read(bytes);
                        ObjectNode json = EnrichedJson.write(article.json(), enricher.enrich(article.text()), engine,
                                Instant.now());
                        writer.write(mapper.writeValueAsString(json));
                        writer.newLine();
                        enriched++;
                        continue;
                    } catch (InvalidArticleException e) {
                        code = e.code();
                        message = e.getMessage();
                    } catch (RuntimeException | StackOverflowError e) {
                        code = ErrorCode.ENRICHMENT_FAILED;
                        message = e.toString();
                    }
                    rejected++;
                    System.err.printf("%s:%d: %s: %s%n", in, lineNo, code, message);
                    if (dead != null) {
                        DeadLetter letter = DeadLetter.of(code, message, null, -1, lineNo, bytes, Instant.now());
                        dead.write(mapper.writeValueAsString(letter.toJson(mapper)));
                        dead.newLine();
                    }
                }
            }
            if (signals.signalled()) {
                System.err.printf("extract: stopped after line %d: %d enriched, %d rejected -> %s%n", lineNo, enriched,
                        rejected, out);
                return ExitCodes.STOPPED;
            }
            System.err.printf("extract: %d enriched, %d rejected -> %s%n", enriched, rejected, out);
            return rejected == 0 ? 0 : 1;
        }
    }

    /** The next line without its line break (and a CR before it), or null at the end. */
    private static byte[] nextLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        byte[] bytes = line.toByteArray();
        return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }
}
