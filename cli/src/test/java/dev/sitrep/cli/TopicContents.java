package dev.sitrep.cli;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything a topic holds now, read without a consumer group. */
final class TopicContents {

    private TopicContents() {
    }

    /**
     * Reads {@code topic} from the start to its end as {@code isolation} sees it ({@code read_committed}: up to
     * the last stable offset, aborted records left out; {@code read_uncommitted}: every data record in the log).
     */
    static List<ConsumerRecord<String, byte[]>> read(String bootstrap, String topic, String isolation) {
        Map<String, Object> props = Map.of("bootstrap.servers", bootstrap, "isolation.level", isolation,
                "enable.auto.commit", false, "max.partition.fetch.bytes", 4 * 1024 * 1024);
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end " + end);
                }
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    /** The number of records {@code isolation} sees in {@code topic}, by end offsets alone (fast, no reading). */
    static long endOffsetSum(String bootstrap, String topic, String isolation) {
        Map<String, Object> props = Map.of("bootstrap.servers", bootstrap, "isolation.level", isolation);
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return c.endOffsets(partitions, Duration.ofSeconds(30)).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
