package dev.sitrep.cli;

import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.config.Settings;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;

/** {@code --bootstrap} and {@code --kafka-config}, shared by every command. */
final class KafkaOptions {

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT[,...]",
            description = "Kafka bootstrap servers (env SITREP_BOOTSTRAP; default localhost:9092).")
    String bootstrap;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Kafka client properties (security.protocol, sasl.*, ssl.*, ...) and sitrep.* settings."
                    + " Values are never logged.")
    Path kafkaConfig;

    Settings settings(Map<String, String> env) {
        return Settings.load(kafkaConfig, env);
    }

    KafkaSettings kafka(Settings settings) {
        return settings.kafka(bootstrap);
    }
}
