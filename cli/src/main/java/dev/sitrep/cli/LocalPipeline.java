package dev.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.json.ArticleLimits;
import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.json.Json;
import dev.sitrep.common.kafka.TopicAdmin;
import dev.sitrep.common.kafka.Topics;
import dev.sitrep.embedded.EmbeddedKafka;
import dev.sitrep.enrich.Enricher;
import dev.sitrep.enrich.EnricherFactory;
import dev.sitrep.enrich.process.ArticleProcessor;
import dev.sitrep.enrich.topology.EnrichApp;
import dev.sitrep.enrich.topology.EnrichConfig;
import dev.sitrep.ingest.IngestConfig;
import dev.sitrep.ingest.IngestSummary;
import dev.sitrep.ingest.Ingester;
import dev.sitrep.ingest.Progress;
import dev.sitrep.sink.EventsExport;
import dev.sitrep.sink.FileSink;
import dev.sitrep.sink.SegmentFiles;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The whole pipeline in one process: ingest -> enrich (Kafka Streams) -> sink, on the embedded broker or
 * on a given cluster, until every record read has reached the enriched or the dead-letter topic.
 *
 * <p>Every record is tagged with this run's id, and the sinks keep only records with that tag: on a shared
 * cluster, the output holds this run's articles and nothing else.
 */
final class LocalPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPipeline.class);
    private static final Duration TOPIC_TIMEOUT = Duration.ofMinutes(1);

    /**
     * What to run.
     *
     * @param inputs      files, directories, or {@code -}
     * @param out         enriched JSON lines; dead letters and the events export go beside it
     * @param kafka       the cluster, or null to start the embedded broker (then only its client properties count)
     * @param clientProps client properties of {@code --kafka-config}, used with the embedded broker too
     * @param topics      topic names
     * @param partitions  partitions of each topic, when created here
     * @param guarantee   the enrich app's processing guarantee
     * @param threads     stream threads
     * @param brokerPort  the embedded broker's port, 0 for any free one
     * @param stall       give up when no record arrives for this long
     * @param limits      what makes an article valid
     */
    record Options(List<String> inputs, Path out, KafkaSettings kafka, Map<String, String> clientProps, Topics topics,
                   int partitions, String guarantee, int threads, int brokerPort, Duration stall, ArticleLimits limits) {
        Options {
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(limits, "limits");
        }

        Options(List<String> inputs, Path out, KafkaSettings kafka, Map<String, String> clientProps, Topics topics,
                int partitions, String guarantee, int threads, int brokerPort, Duration stall) {
            this(inputs, out, kafka, clientProps, topics, partitions, guarantee, threads, brokerPort, stall,
                    ArticleLimits.DEFAULT);
        }
    }

    /** The files a run writes. */
    record Outputs(Path enriched, Path deadLetters, Path eventsCsv, Path eventsGeoJson) {
        static Outputs beside(Path out) {
            String name = out.getFileName().toString();
            String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
            return new Outputs(out, out.resolveSibling(base + ".dlq.jsonl"),
                    out.resolveSibling(base + ".events.csv"), out.resolveSibling(base + ".events.geojson"));
        }
    }

    /** What a run did. */
    record Result(IngestSummary ingest, long enriched, long deadLettered, Map<String, Long> deadByCode,
                  long distinctIds, Map<String, Long> casualtyTotals, Map<String, Long> places,
                  EventsExport.Counts events, Outputs outputs, Duration elapsed, boolean complete, String problem) {
    }

    private final Options options;
    private volatile Ingester ingester;
    private volatile boolean stop;

    LocalPipeline(Options options) {
        this.options = options;
    }

    /** Stops a run from another thread (on a signal); what is in flight is still accounted for. */
    void stop() {
        stop = true;
        Ingester i = ingester;
        if (i != null) {
            i.stop();
        }
    }

    Result run(InputStream stdin, Progress progress, Consumer<String> problems) throws IOException, InterruptedException {
        // The gazetteer loads while the broker starts.
        CompletableFuture<Enricher> engine = EnricherFactory.standardAsync();
        long start = System.nanoTime();
        Outputs outputs = Outputs.beside(options.out().toAbsolutePath());
        Files.createDirectories(outputs.enriched().getParent());
        try (EmbeddedKafka broker = options.kafka() == null
                ? EmbeddedKafka.start(options.brokerPort(), Map.of()) : null) {
            KafkaSettings kafka = broker != null
                    ? new KafkaSettings(broker.bootstrap(), options.clientProps()) : options.kafka();
            TopicAdmin.ensureTopics(kafka.properties(), options.topics().all().stream()
                    .map(t -> new NewTopic(t.name(), options.partitions(), (short) -1)).toList(), TOPIC_TIMEOUT);
            LOG.debug("topics ready after {} ms", ms(start));
            Result result = pipeline(kafka, engine, outputs, stdin, progress, problems, start);
            LOG.debug("pipeline done after {} ms; stopping the broker", ms(start));
            return result;
        }
    }

    private Result pipeline(KafkaSettings kafka, CompletableFuture<Enricher> engine, Outputs outputs, InputStream stdin,
                            Progress progress,
                            Consumer<String> problems, long start) throws IOException, InterruptedException {
        String runId = UUID.randomUUID().toString();
        Path stateDir = Files.createTempDirectory("sitrep-streams-");
        SegmentFiles.discard(outputs.enriched());
        SegmentFiles.discard(outputs.deadLetters());
        EnrichConfig enrichConfig = new EnrichConfig(kafka, options.topics(), "sitrep-enrich", options.guarantee(),
                options.threads(), stateDir);
        ArticleProcessor processor = ArticleProcessor.enriching(engine, new ArticleReader(options.limits()),
                Clock.systemUTC());
        Predicate<Headers> ours = headers -> {
            Header h = headers.lastHeader(Ingester.RUN_HEADER);
            return h != null && Arrays.equals(h.value(), runId.getBytes(StandardCharsets.UTF_8));
        };
        SegmentFiles enrichedFiles = SegmentFiles.single(outputs.enriched());
        SegmentFiles deadFiles = SegmentFiles.single(outputs.deadLetters());
        IngestSummary ingest;
        String problem = null;
        try (EnrichApp app = new EnrichApp(enrichConfig, processor);
             FileSink enrichedSink = new FileSink(kafka, "sitrep-run-" + runId, options.topics().enriched().name(),
                     enrichedFiles, ours);
             FileSink deadSink = new FileSink(kafka, "sitrep-run-dlq-" + runId, options.topics().dlq().name(),
                     deadFiles, ours)) {
            app.start();
            AtomicReference<Throwable> sinkFailure = new AtomicReference<>();
            Thread t1 = sinkThread(enrichedSink, "sitrep-sink-enriched", sinkFailure);
            Thread t2 = sinkThread(deadSink, "sitrep-sink-dlq", sinkFailure);
            try {
                IngestConfig ingestConfig = new IngestConfig(kafka, options.topics().raw(), options.inputs(), false,
                        options.limits());
                try (Ingester in = new Ingester(ingestConfig, runId)) {
                    ingester = in;
                    if (stop) {
                        in.stop();
                    }
                    ingest = in.ingest(stdin, progress, problems);
                } finally {
                    progress.close();
                }
                LOG.debug("ingest done after {} ms", ms(start));
                problem = awaitAll(ingest.sent(), enrichedSink, deadSink, app, sinkFailure);
                LOG.debug("every record out after {} ms (enrich app {})", ms(start), app.state());
            } finally {
                // The sinks' files are closed next: their threads must be done with them first.
                enrichedSink.stop();
                deadSink.stop();
                t1.join();
                t2.join();
                LOG.debug("sinks stopped after {} ms", ms(start));
            }
            if (problem == null && sinkFailure.get() != null) {
                problem = "a sink failed: " + sinkFailure.get();
            }
        } finally {
            LOG.debug("enrich app closed after {} ms", ms(start));
            deleteRecursively(stateDir);
        }
        // A finished run's output is complete: the restart state beside it has no further use.
        Files.deleteIfExists(enrichedFiles.stateFile());
        Files.deleteIfExists(deadFiles.stateFile());
        return summarize(ingest, outputs, start, problem);
    }

    /** Null when every record sent came out; otherwise why not. */
    private String awaitAll(long expected, FileSink enriched, FileSink dead, EnrichApp app,
                            AtomicReference<Throwable> sinkFailure) throws InterruptedException {
        long lastCount = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long count = enriched.written() + dead.written();
            if (count >= expected) {
                return count == expected ? null
                        : "more records came out (" + count + ") than went in (" + expected + ")";
            }
            if (stop) {
                return "stopped with " + (expected - count) + " of " + expected + " records still in the pipeline";
            }
            if (app.isFailed()) {
                return "the enrich app failed: " + app.failure();
            }
            if (sinkFailure.get() != null) {
                return "a sink failed: " + sinkFailure.get();
            }
            long now = System.nanoTime();
            if (count != lastCount) {
                lastCount = count;
                lastChange = now;
            } else if (now - lastChange > options.stall().toNanos()) {
                return "no record arrived for " + options.stall().toSeconds() + " s; " + count + " of " + expected
                        + " accounted for";
            }
            Thread.sleep(50);
        }
    }

    private static Thread sinkThread(FileSink sink, String name, AtomicReference<Throwable> failure) {
        Thread t = new Thread(() -> {
            try {
                sink.run();
            } catch (RuntimeException e) {
                LOG.error("{} failed: {}", name, e.toString(), e);
                failure.compareAndSet(null, e);
            }
        }, name);
        t.start();
        return t;
    }

    private Result summarize(IngestSummary ingest, Outputs outputs, long start, String problem) throws IOException {
        ObjectMapper mapper = Json.mapper();
        Set<String> ids = new HashSet<>();
        Map<String, Long> totals = new TreeMap<>();
        Map<String, Long> places = new TreeMap<>();
        long enriched = 0;
        try (BufferedReader in = Files.newBufferedReader(outputs.enriched(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode a = mapper.readTree(line);
                enriched++;
                ids.add(a.path("id").asText());
                a.path("casualties").path("totals").fields().forEachRemaining(e ->
                        totals.merge(e.getKey(), e.getValue().path("best").asLong(), Long::sum));
                for (JsonNode place : a.path("locations")) {
                    places.merge(place.path("name").asText(), 1L, Long::sum);
                }
            }
        }
        Map<String, Long> deadByCode = new TreeMap<>();
        long dead = 0;
        try (BufferedReader in = Files.newBufferedReader(outputs.deadLetters(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                dead++;
                deadByCode.merge(mapper.readTree(line).path("error").asText(), 1L, Long::sum);
            }
        }
        EventsExport.Counts events = new EventsExport().write(List.of(outputs.enriched()), outputs.eventsCsv(),
                outputs.eventsGeoJson());
        boolean complete = problem == null && ingest.complete() && enriched + dead == ingest.sent();
        if (problem == null && !complete) {
            problem = ingest.complete() ? "the output does not add up" : "ingest did not send every record";
        }
        return new Result(ingest, enriched, dead, deadByCode, ids.size(), totals, places, events, outputs,
                Duration.ofNanos(System.nanoTime() - start), complete, problem);
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
