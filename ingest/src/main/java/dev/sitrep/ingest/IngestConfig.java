package dev.sitrep.ingest;

import dev.sitrep.common.config.ConfigException;
import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.config.Setting;
import dev.sitrep.common.json.ArticleLimits;
import dev.sitrep.common.kafka.Topic;
import org.apache.kafka.clients.producer.ProducerConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The ingest app's settings, resolved once at start.
 *
 * @param kafka       cluster and client properties
 * @param topic       where articles go
 * @param inputs      files and directories to read, or {@code -} for standard input
 * @param skipInvalid true to report invalid records and not send them; by default they are sent and dead-lettered
 * @param limits      what makes an article valid
 * @param deliveryTimeout how long the producer retries a record before giving up on it, or null for the
 *                    client's ({@code delivery.timeout.ms} of the {@code --kafka-config} file, else Kafka's 120 s)
 */
public record IngestConfig(KafkaSettings kafka, Topic<String, byte[]> topic, List<String> inputs,
                           boolean skipInvalid, ArticleLimits limits, Duration deliveryTimeout) {

    /** Above the 4 MiB raw-record limit, so that a too-large article still reaches the dead-letter topic. */
    public static final int MAX_REQUEST_BYTES = InputReader.MAX_RECORD_BYTES;

    public static final Setting DELIVERY_TIMEOUT = Setting.of("--delivery-timeout", "SITREP_DELIVERY_TIMEOUT", null);

    private static final int LINGER_MS = 10;
    private static final long MAX_REQUEST_TIMEOUT_MS = 30_000;

    public IngestConfig(KafkaSettings kafka, Topic<String, byte[]> topic, List<String> inputs, boolean skipInvalid,
                        ArticleLimits limits) {
        this(kafka, topic, inputs, skipInvalid, limits, null);
    }

    public IngestConfig {
        if (deliveryTimeout != null && deliveryTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new ConfigException(DELIVERY_TIMEOUT.option(), "must be at least 1 second, got " + deliveryTimeout);
        }
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(limits, "limits");
        if (inputs == null || inputs.isEmpty()) {
            throw new ConfigException("PATH", "give at least one file, directory or - for standard input");
        }
        inputs = List.copyOf(inputs);
        long stdin = inputs.stream().filter(InputReader.STDIN::equals).count();
        if (stdin > 1) {
            throw new ConfigException("PATH", "- (standard input) can be given once");
        }
        for (String input : inputs) {
            if (!input.equals(InputReader.STDIN)) {
                try {
                    InputReader.expand(Path.of(input));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException("PATH", e.getMessage());
                }
            }
        }
    }

    /** Every file to read, in order; {@code -} stays as it is. */
    public List<String> files() {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals(InputReader.STDIN)) {
                files.add(input);
            } else {
                InputReader.expand(Path.of(input)).forEach(p -> files.add(p.toString()));
            }
        }
        return files;
    }

    /**
     * Producer properties: an idempotent producer, {@code acks=all}, batched; the file may override these.
     * A delivery timeout, when set, bounds every wait: retries, a request, and a send blocked on metadata
     * while no broker answers.
     */
    public Properties producerProperties() {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put(ProducerConfig.ACKS_CONFIG, "all");
        defaults.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        defaults.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        defaults.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        defaults.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
        defaults.put(ProducerConfig.CLIENT_ID_CONFIG, "sitrep-ingest");
        Properties p = kafka.properties(defaults);
        if (deliveryTimeout != null) {
            long ms = deliveryTimeout.toMillis();
            long linger = Long.parseLong(p.get(ProducerConfig.LINGER_MS_CONFIG).toString());
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, ms));
            // The producer refuses a delivery timeout shorter than linger plus one request.
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1, Math.min(MAX_REQUEST_TIMEOUT_MS, ms - linger)));
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, ms);
        }
        return p;
    }
}
