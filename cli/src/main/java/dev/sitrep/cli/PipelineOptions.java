package dev.sitrep.cli;

import dev.sitrep.common.config.ConfigException;
import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.config.Parallelism;
import dev.sitrep.common.config.Setting;
import dev.sitrep.common.config.Settings;
import dev.sitrep.enrich.topology.EnrichConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The options {@code run} and {@code demo} share. */
final class PipelineOptions {

    static final Setting PARTITIONS = Setting.of("--partitions", "SITREP_PARTITIONS",
            Integer.toString(Parallelism.partitions()));
    static final Setting BROKER_PORT = Setting.of("--broker-port", "SITREP_BROKER_PORT", "0");
    static final Setting STALL = Setting.of("--stall-timeout", "SITREP_STALL_TIMEOUT", "120");

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT[,...]",
            description = "Run on this cluster instead of starting the embedded broker (env SITREP_BOOTSTRAP).")
    String bootstrap;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Kafka client properties (security, tuning) and sitrep.* settings. Values are never logged.")
    Path kafkaConfig;

    @Mixin
    TopicOptions topicOptions;

    @Mixin
    LimitOptions limitOptions;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions per topic when created (default: 4, or one per processor if more).")
    Integer partitions;

    @Option(names = "--threads", paramLabel = "N", description = "Stream threads (default: one per processor).")
    Integer threads;

    @Option(names = "--guarantee", paramLabel = "G",
            description = "exactly_once_v2 (default) or at_least_once.")
    String guarantee;

    @Option(names = "--broker-port", paramLabel = "PORT",
            description = "Port of the embedded broker on localhost (default 0: any free port).")
    Integer brokerPort;

    @Option(names = "--stall-timeout", paramLabel = "SECONDS",
            description = "Give up when no record comes out for this long (default 120).")
    Integer stallSeconds;

    LocalPipeline.Options resolve(List<String> inputs, Path out, Map<String, String> env) {
        Settings settings = Settings.load(kafkaConfig, env);
        // Without --bootstrap (flag or SITREP_BOOTSTRAP), the embedded broker; the file's bootstrap.servers
        // is for the other commands.
        String explicit = bootstrap != null ? bootstrap : env.get(Setting.BOOTSTRAP.env());
        KafkaSettings fileKafka = settings.kafka("localhost:9092");
        KafkaSettings kafka = explicit == null || explicit.isBlank() ? null : settings.kafka(explicit);
        long port = settings.get(BROKER_PORT, str(brokerPort), Long::parseLong);
        if (port < 0 || port > 65535) {
            throw new ConfigException("--broker-port", "must be 0 to 65535, got " + port);
        }
        // Checks --guarantee and --threads exactly as the enrich command does; the paths are not used.
        EnrichConfig check = EnrichConfig.resolve(settings, fileKafka, topicOptions.topics(settings), null, guarantee,
                threads, Path.of("."), Path.of("."));
        return new LocalPipeline.Options(inputs, out, kafka, fileKafka.client(), topicOptions.topics(settings),
                Math.toIntExact(settings.positive(PARTITIONS, str(partitions))), check.guarantee(), check.threads(),
                (int) port, Duration.ofSeconds(settings.positive(STALL, str(stallSeconds))), limitOptions.limits(settings));
    }

    private static String str(Integer v) {
        return v == null ? null : v.toString();
    }
}
