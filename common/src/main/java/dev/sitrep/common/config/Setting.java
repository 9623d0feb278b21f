package dev.sitrep.common.config;

import java.util.Objects;

/**
 * One application setting and the four places its value may come from, weakest first:
 * the default, the {@code --kafka-config} file, an environment variable, the command-line flag.
 *
 * @param option       the command-line flag, named in every error ({@code --bootstrap})
 * @param env          the environment variable ({@code SITREP_BOOTSTRAP})
 * @param fileKey      the key in the {@code --kafka-config} properties file
 * @param defaultValue the value when none of the others sets it, or null
 */
public record Setting(String option, String env, String fileKey, String defaultValue) {

    /** Keys under this prefix in the properties file are sitrep's own and never passed to Kafka clients. */
    public static final String FILE_PREFIX = "sitrep.";

    public static final Setting BOOTSTRAP =
            new Setting("--bootstrap", "SITREP_BOOTSTRAP", "bootstrap.servers", "localhost:9092");
    public static final Setting TOPIC_RAW =
            new Setting("--topic-raw", "SITREP_TOPIC_RAW", "sitrep.topic.raw", "articles.raw");
    public static final Setting TOPIC_ENRICHED =
            new Setting("--topic-enriched", "SITREP_TOPIC_ENRICHED", "sitrep.topic.enriched", "articles.enriched");
    public static final Setting TOPIC_DLQ =
            new Setting("--topic-dlq", "SITREP_TOPIC_DLQ", "sitrep.topic.dlq", "articles.dlq");

    public Setting {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(fileKey, "fileKey");
    }

    /** A sitrep-only setting: its file key is {@code sitrep.} plus the flag without dashes. */
    public static Setting of(String option, String env, String defaultValue) {
        return new Setting(option, env, FILE_PREFIX + option.replaceFirst("^-+", ""), defaultValue);
    }
}
