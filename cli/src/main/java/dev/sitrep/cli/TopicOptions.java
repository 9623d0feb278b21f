package dev.sitrep.cli;

import dev.sitrep.common.config.Settings;
import dev.sitrep.common.kafka.Topics;
import picocli.CommandLine.Option;

/** The three topic names, shared by every Kafka command. */
final class TopicOptions {

    @Option(names = "--topic-raw", paramLabel = "TOPIC",
            description = "Input articles (env SITREP_TOPIC_RAW; default articles.raw).")
    String raw;

    @Option(names = "--topic-enriched", paramLabel = "TOPIC",
            description = "Enriched articles (env SITREP_TOPIC_ENRICHED; default articles.enriched).")
    String enriched;

    @Option(names = "--topic-dlq", paramLabel = "TOPIC",
            description = "Dead letters (env SITREP_TOPIC_DLQ; default articles.dlq).")
    String dlq;

    Topics topics(Settings settings) {
        return Topics.of(settings.topics(raw, enriched, dlq));
    }
}
