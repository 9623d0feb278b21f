package dev.sitrep.sink;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies the enriched topic to another topic exactly once: each batch is produced and its input offsets
 * committed in one Kafka transaction. A failure aborts the process (a restart resumes from the last
 * committed transaction), never a half-copied batch.
 */
public final class TopicSink implements AutoCloseable {

    private final SinkConfig config;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicLong written = new AtomicLong();
    private volatile boolean stop;

    public TopicSink(SinkConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        if (config.toTopic() == null) {
            throw new IllegalArgumentException("TopicSink needs --to-topic");
        }
        this.consumer = new KafkaConsumer<>(config.consumerProperties(), new StringDeserializer(),
                new ByteArrayDeserializer());
        Map<String, Object> defaults = new HashMap<>();
        defaults.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        defaults.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        defaults.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        var p = config.kafka().properties(defaults);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, config.groupId() + "-" + config.toTopic());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    public void run() {
        producer.initTransactions();
        consumer.subscribe(List.of(config.from()));
        try {
            while (!stop) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (records.isEmpty()) {
                    continue;
                }
                producer.beginTransaction();
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                for (ConsumerRecord<String, byte[]> r : records) {
                    producer.send(new ProducerRecord<>(config.toTopic(), null, r.timestamp(), r.key(), r.value(),
                            r.headers()));
                    offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                }
                producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                producer.commitTransaction();
                written.addAndGet(records.count());
            }
        } catch (WakeupException e) {
            if (!stop) {
                throw e;
            }
        }
    }

    public long written() {
        return written.get();
    }

    public void stop() {
        stop = true;
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        producer.close(Duration.ofSeconds(5));
    }
}
