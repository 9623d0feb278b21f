package dev.sitrep.common.kafka;

import dev.sitrep.common.config.ConfigException;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The names of the pipeline's three topics.
 *
 * @param raw      input articles
 * @param enriched enriched articles
 * @param dlq      dead letters
 */
public record TopicNames(String raw, String enriched, String dlq) {

    /** Kafka's own rule for topic names (declared before DEFAULT, which needs it). */
    private static final Pattern LEGAL = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    public static final String DEFAULT_RAW = "articles.raw";
    public static final String DEFAULT_ENRICHED = "articles.enriched";
    public static final String DEFAULT_DLQ = "articles.dlq";

    public static final TopicNames DEFAULT = new TopicNames(DEFAULT_RAW, DEFAULT_ENRICHED, DEFAULT_DLQ);

    public TopicNames {
        check("--topic-raw", raw);
        check("--topic-enriched", enriched);
        check("--topic-dlq", dlq);
        if (raw.equals(enriched) || raw.equals(dlq) || enriched.equals(dlq)) {
            throw new ConfigException("--topic-raw", "the raw, enriched and dead-letter topics must differ: "
                    + raw + ", " + enriched + ", " + dlq);
        }
    }

    /** Checks a topic name, naming {@code option} in the error. */
    public static String check(String option, String name) {
        Objects.requireNonNull(name, option);
        if (!LEGAL.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new ConfigException(option, "\"" + name + "\" is not a legal Kafka topic name"
                    + " (1 to 249 of a-z A-Z 0-9 . _ -)");
        }
        return name;
    }
}
