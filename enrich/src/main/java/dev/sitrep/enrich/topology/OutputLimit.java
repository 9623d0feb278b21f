package dev.sitrep.enrich.topology;

import dev.sitrep.common.kafka.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The largest record the enrich app may write: the smallest of what the enriched and dead-letter topics
 * accept ({@code max.message.bytes}, less room for the compression codec's framing) and what its producer
 * sends ({@code max.request.size}).
 */
final class OutputLimit {

    private static final Logger LOG = LoggerFactory.getLogger(OutputLimit.class);

    /** Kafka's default {@code message.max.bytes}, assumed when the cluster does not tell. */
    static final int KAFKA_DEFAULT = 1_048_588;

    private OutputLimit() {
    }

    /**
     * Asks the cluster; when it cannot answer (no permission to describe configs, topics not there yet),
     * warns and assumes Kafka's default.
     *
     * @param adminProperties bootstrap servers and security settings
     * @param streamsProperties the app's Streams properties, for the producer's request limit
     */
    static int detect(Properties adminProperties, Properties streamsProperties, Topics topics, Duration timeout) {
        int producerLimit = producerLimit(streamsProperties);
        List<ConfigResource> resources = List.of(new ConfigResource(ConfigResource.Type.TOPIC, topics.enriched().name()),
                new ConfigResource(ConfigResource.Type.TOPIC, topics.dlq().name()));
        int topicLimit = Integer.MAX_VALUE;
        try (Admin admin = Admin.create(adminProperties)) {
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            for (Config c : configs.values()) {
                ConfigEntry e = c.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
                if (e != null && e.value() != null) {
                    topicLimit = Math.min(topicLimit, Integer.parseInt(e.value()));
                }
            }
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            LOG.warn("cannot read max.message.bytes of {} and {} ({}); assuming Kafka's default of {} bytes:"
                            + " set --max-output-bytes if the topics take more", topics.enriched(), topics.dlq(),
                    cause.toString(), KAFKA_DEFAULT);
            topicLimit = KAFKA_DEFAULT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            topicLimit = KAFKA_DEFAULT;
        }
        topicLimit = topicLimit == Integer.MAX_VALUE ? KAFKA_DEFAULT : topicLimit;
        return Math.min(producerLimit, topicLimit - compressionSlack(streamsProperties, topicLimit));
    }

    /**
     * What compression may add to a record that does not compress: the topic's limit applies to the compressed
     * batch, the producer's to the record as it is. Framing costs lz4 4 bytes a 64 KiB block, snappy 4 a 32 KiB
     * one, gzip 5 a 16 KiB one, plus headers: 64 bytes and 1/2048 of the size cover them all.
     */
    static int compressionSlack(Properties streamsProperties, int limit) {
        Object v = streamsProperties.get(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG));
        if (v == null) {
            v = streamsProperties.get(ProducerConfig.COMPRESSION_TYPE_CONFIG);
        }
        return v == null || v.toString().trim().equalsIgnoreCase("none") ? 0 : 64 + limit / 2048;
    }

    /** {@code producer.max.request.size}, else {@code max.request.size}, else the producer's default. */
    static int producerLimit(Properties streamsProperties) {
        Object v = streamsProperties.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        if (v == null) {
            v = streamsProperties.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        }
        return v == null ? 1024 * 1024 : Integer.parseInt(v.toString().trim());
    }
}
