package dev.sitrep.sink;

import dev.sitrep.common.config.ConfigException;
import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.config.Setting;
import dev.sitrep.common.kafka.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerConfig;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The sink app's settings, resolved once at start. Exactly one of {@code outDir} and {@code toTopic} is set.
 *
 * @param kafka     cluster and client properties
 * @param from      the topic read (the enriched topic)
 * @param outDir    directory of JSON-lines segments, or null
 * @param toTopic   topic to copy to, or null
 * @param groupId   consumer group
 * @param rollBytes segment size past which a segment is closed
 * @param events    also keep {@code events.csv} and {@code events.geojson} in {@code outDir}
 */
public record SinkConfig(KafkaSettings kafka, String from, Path outDir, String toTopic, String groupId,
                         long rollBytes, boolean events) {

    public static final Setting OUT = Setting.of("--out", "SITREP_SINK_OUT", null);
    public static final Setting TO_TOPIC = Setting.of("--to-topic", "SITREP_SINK_TO_TOPIC", null);
    public static final Setting GROUP_ID = Setting.of("--group-id", "SITREP_SINK_GROUP_ID", "sitrep-sink");
    public static final Setting ROLL_BYTES = Setting.of("--roll-bytes", "SITREP_SINK_ROLL_BYTES",
            Long.toString(128L * 1024 * 1024));

    public SinkConfig {
        Objects.requireNonNull(kafka, "kafka");
        TopicNames.check("--topic-enriched", from);
        if ((outDir == null) == (toTopic == null)) {
            throw new ConfigException("--out", "give either --out DIR or --to-topic TOPIC");
        }
        if (toTopic != null) {
            TopicNames.check("--to-topic", toTopic);
            if (toTopic.equals(from)) {
                throw new ConfigException("--to-topic", "must differ from the topic read, " + from);
            }
            if (events) {
                throw new ConfigException("--events", "needs --out DIR");
            }
        }
        if (groupId == null || groupId.isBlank()) {
            throw new ConfigException("--group-id", "must not be empty");
        }
        if (rollBytes <= 0) {
            throw new ConfigException("--roll-bytes", "must be positive, got " + rollBytes);
        }
    }

    /** Consumer properties: committed records only, offsets managed by the sink. */
    public Properties consumerProperties() {
        return consumerProperties(kafka, groupId);
    }

    static Properties consumerProperties(KafkaSettings kafka, String groupId) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        defaults.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        defaults.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
        defaults.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
        Properties p = kafka.properties(defaults);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return p;
    }
}
