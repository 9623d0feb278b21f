package dev.sitrep.cli;

import dev.sitrep.bench.Bench;
import dev.sitrep.bench.BenchCorpus;
import dev.sitrep.common.config.ConfigException;
import dev.sitrep.common.config.Parallelism;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code sitrep bench}: how fast the engine and the enrich app are, against Kafka itself. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the engine alone and the enrich app against a pass-through app on Kafka.",
            "",
            "Times the engine on one thread (articles/s, MB/s, latency, allocation, and each article enriched"
                + " twice in a row: the second time is what its instructions cost with every cache warm); then the"
                + " three apps' processors on one thread without Kafka (CPU per record); then, on an embedded broker"
                + " and over the same records, a pass-through Streams app (same serdes and exactly-once settings, no"
                + " enrichment), an output-only app (the enrich app's output, no engine) and the enrich app, in"
                + " alternating rounds, and their ratios to pass-through; then the enrich app"
                + " alone in a fresh JVM for its start-up time and heap. Compare figures of one run: the load of a"
                + " shared machine moves them from run to run."},
        footer = ExitCodes.HELP)
final class BenchCommand implements Callable<Integer> {

    private static final Set<String> GUARANTEES = Set.of("exactly_once_v2", "at_least_once");

    @Option(names = "--in", paramLabel = "FILE.jsonl",
            description = "Articles, one JSON object a line (default: a synthetic corpus of news-like articles).")
    Path in;

    @Option(names = "--count", paramLabel = "N",
            description = "Records: synthetic articles to make (default 30000), or --in lines repeated up to N"
                    + " (default: each line once).")
    Integer count;

    @Option(names = "--chars", paramLabel = "N", defaultValue = "3600",
            description = "Characters per synthetic article (default ${DEFAULT-VALUE}).")
    int chars;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the synthetic corpus (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "5",
            description = "Engine warm-up before the counted passes (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "3",
            description = "Counted engine passes over the corpus; the median is shown (default ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Pipeline rounds, each pass-through, output-only, then enrich (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of the input topic (default: what sitrep creates topics with, 4 or one per"
                    + " processor if more).")
    Integer partitions;

    @Option(names = "--threads", paramLabel = "N",
            description = "Stream threads of each app (default: the enrich app's, one per processor).")
    Integer threads;

    @Option(names = "--guarantee", paramLabel = "G", defaultValue = "exactly_once_v2",
            description = "exactly_once_v2 or at_least_once, for both apps (default ${DEFAULT-VALUE}).")
    String guarantee;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Kafka client properties for both apps and the probe, over sitrep's defaults"
                    + " (for example streams, producer. and consumer. tuning).")
    Path kafkaConfig;

    @Option(names = "--scale-out",
            description = "Also run the enrich app with one and with two stream threads on a 4-partition topic.")
    boolean scaleOut;

    @Option(names = "--engine-only", description = "Only the engine: no broker, no pipeline.")
    boolean engineOnly;

    @Option(names = "--no-probe", negatable = false,
            description = "Skip the enrich app in a fresh JVM (start-up time and heap).")
    boolean noProbe;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int partitions = this.partitions == null ? Parallelism.partitions() : this.partitions;
        int threads = this.threads == null ? Parallelism.streamThreads() : this.threads;
        check("--chars", chars >= 200 && chars <= 1_000_000, "must be 200 to 1000000");
        check("--count", count == null || count >= 1 && count <= 10_000_000, "must be 1 to 10000000");
        check("--warmup", warmup >= 0, "must be 0 or more");
        check("--passes", passes >= 1, "must be at least 1");
        check("--rounds", rounds >= 1, "must be at least 1");
        check("--partitions", partitions >= 1 && partitions <= 64, "must be 1 to 64");
        check("--threads", threads >= 1 && threads <= 64, "must be 1 to 64");
        check("--guarantee", GUARANTEES.contains(guarantee), "must be one of " + GUARANTEES);
        if (in != null && !Files.isReadable(in)) {
            throw new ConfigException("--in", in + " is not a readable file");
        }
        // The report is the output: topic creation and broker start-up lines would only break it up.
        Configurator.setLevel("dev.sitrep.common.kafka.TopicAdmin", Level.WARN);
        Configurator.setLevel("dev.sitrep.embedded.EmbeddedKafka", Level.WARN);
        Configurator.setLevel("dev.sitrep.enrich.topology.EnrichApp", Level.WARN);
        Configurator.setLevel("org.apache.kafka.clients.NetworkClient", Level.ERROR);
        // A new transactional producer's first sends meet CONCURRENT_TRANSACTIONS while the broker completes the
        // last producer's transaction; the producer retries, and the bench checks that every record came through.
        Configurator.setLevel("org.apache.kafka.clients.producer.internals.Sender", Level.ERROR);
        Configurator.setLevel("kafka.server.ReplicaManager", Level.OFF);
        BenchCorpus corpus = in == null
                ? BenchCorpus.synthetic(seed, count == null ? 30_000 : count, chars)
                : BenchCorpus.fromFile(in, count == null ? 0 : count);
        new Bench(new Bench.Options(corpus, Duration.ofSeconds(warmup), passes, !engineOnly, rounds, partitions,
                threads, guarantee, clientProperties(), !noProbe, scaleOut), System.out).run();
        return ExitCodes.OK;
    }

    /** The file's properties, less sitrep's own keys and the bootstrap servers (the bench's broker is its own). */
    private Map<String, String> clientProperties() throws IOException {
        if (kafkaConfig == null) {
            return Map.of();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(kafkaConfig, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("--kafka-config", "cannot read " + kafkaConfig + ": " + e.getMessage());
        }
        Map<String, String> out = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith("sitrep.") && !key.equals("bootstrap.servers")) {
                out.put(key, p.getProperty(key));
            }
        }
        return out;
    }

    private static void check(String option, boolean ok, String message) {
        if (!ok) {
            throw new ConfigException(option, message);
        }
    }
}
