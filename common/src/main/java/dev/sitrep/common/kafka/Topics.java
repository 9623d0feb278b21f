package dev.sitrep.common.kafka;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import java.util.List;
import java.util.Objects;

/**
 * The pipeline's topics with their serdes. Keys are article ids as UTF-8 strings; values stay raw bytes,
 * so that a record which is not an article can be dead-lettered with its payload as it came.
 *
 * @param raw      input articles: key article id (or null), value the input JSON as sent
 * @param enriched enriched articles: key article id, value the enriched JSON
 * @param dlq      dead letters: key article id or null, value the dead-letter JSON
 */
public record Topics(Topic<String, byte[]> raw, Topic<String, byte[]> enriched, Topic<String, byte[]> dlq) {

    public static final Topics DEFAULT = of(TopicNames.DEFAULT);

    public Topics {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(enriched, "enriched");
        Objects.requireNonNull(dlq, "dlq");
    }

    public static Topics of(TopicNames names) {
        Serde<String> keys = Serdes.String();
        Serde<byte[]> values = Serdes.ByteArray();
        return new Topics(new Topic<>(names.raw(), keys, values),
                new Topic<>(names.enriched(), keys, values),
                new Topic<>(names.dlq(), keys, values));
    }

    public TopicNames names() {
        return new TopicNames(raw.name(), enriched.name(), dlq.name());
    }

    /** All three, input first. */
    public List<Topic<String, byte[]>> all() {
        return List.of(raw, enriched, dlq);
    }
}
