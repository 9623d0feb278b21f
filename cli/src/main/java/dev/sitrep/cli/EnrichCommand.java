package dev.sitrep.cli;

import dev.sitrep.common.config.ConfigException;
import dev.sitrep.common.config.Parallelism;
import dev.sitrep.common.config.Settings;
import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.kafka.TopicAdmin;
import dev.sitrep.enrich.Enricher;
import dev.sitrep.enrich.EnricherFactory;
import dev.sitrep.enrich.process.ArticleProcessor;
import dev.sitrep.enrich.topology.EnrichApp;
import dev.sitrep.enrich.topology.EnrichConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** {@code sitrep enrich}: the Kafka Streams app, until stopped. */
@Command(name = "enrich", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The Kafka Streams app: raw articles to enriched articles or dead letters.",
            "",
            "Each raw article goes to the enriched topic or the dead-letter topic, exactly once by default."
                + " Runs until SIGTERM or Ctrl-C."},
        footer = ExitCodes.HELP)
final class EnrichCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichCommand.class);

    @Mixin
    KafkaOptions kafkaOptions;

    @Mixin
    TopicOptions topicOptions;

    @Mixin
    LimitOptions limitOptions;

    @Option(names = "--application-id", paramLabel = "ID",
            description = "Streams application id (env SITREP_APPLICATION_ID; default sitrep-enrich).")
    String applicationId;

    @Option(names = "--guarantee", paramLabel = "G",
            description = "exactly_once_v2 or at_least_once (env SITREP_GUARANTEE; default exactly_once_v2).")
    String guarantee;

    @Option(names = "--threads", paramLabel = "N",
            description = "Stream threads (env SITREP_THREADS; default: one per processor).")
    Integer threads;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Streams state directory (env SITREP_STATE_DIR; default a directory under java.io.tmpdir).")
    Path stateDir;

    @Option(names = "--max-output-bytes", paramLabel = "BYTES",
            description = "Dead-letter an enriched article whose record would be larger (env SITREP_MAX_OUTPUT_BYTES;"
                    + " default: what the enriched and dead-letter topics take, max.message.bytes).")
    Integer maxOutputBytes;

    /** What {@code --create-topics} holds when given without a number. */
    private static final String DEFAULT_PARTITIONS = "default";

    @Option(names = "--create-topics", paramLabel = "PARTITIONS", arity = "0..1", fallbackValue = DEFAULT_PARTITIONS,
            description = "Create the three topics if missing, with this many partitions (without a number: 4, or"
                    + " one per processor if more; default: do not create).")
    String createTopics;

    Map<String, String> env = System.getenv();

    private static int partitions(String createTopics) {
        if (createTopics.equals(DEFAULT_PARTITIONS)) {
            return Parallelism.partitions();
        }
        try {
            int n = Integer.parseInt(createTopics.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException("--create-topics", "must be a positive number of partitions, got \"" + createTopics + "\"");
    }

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = kafkaOptions.settings(env);
        var kafka = kafkaOptions.kafka(settings);
        var topics = topicOptions.topics(settings);
        EnrichConfig config = EnrichConfig.resolve(settings, kafka, topics, applicationId, guarantee, threads,
                stateDir, Path.of(System.getProperty("java.io.tmpdir"), "sitrep-streams"), maxOutputBytes);
        LOG.info("enrich: {} -> {} / {} on {} ({})", topics.raw(), topics.enriched(), topics.dlq(),
                kafka.bootstrap(), config.guarantee());
        // The gazetteer loads while the Kafka clients start; the first record waits for whichever is last.
        CompletableFuture<Enricher> engine = EnricherFactory.standardAsync();
        if (createTopics != null) {
            int partitions = partitions(createTopics);
            TopicAdmin.ensureTopics(kafka.properties(), topics.all().stream()
                    .map(t -> new NewTopic(t.name(), partitions, (short) -1)).toList(), Duration.ofMinutes(1));
        }
        ArticleProcessor processor = ArticleProcessor.enriching(engine,
                new ArticleReader(limitOptions.limits(settings)),
                Clock.systemUTC());
        Signals signals = new Signals();
        try (signals; EnrichApp app = new EnrichApp(config, processor)) {
            signals.onSignal(app::close);
            app.start();
            app.awaitStop();
            if (signals.signalled()) {
                return ExitCodes.STOPPED;
            }
            return app.isFailed() ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }
}
