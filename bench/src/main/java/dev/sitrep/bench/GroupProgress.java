package dev.sitrep.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Watches a consumer group work through a topic by its committed offsets. With exactly-once, offsets
 * are committed in the same transaction as the output, so a group that has committed the end of its
 * input has also made all of its output visible. Costs the app nothing: no extra consumer reads the output.
 */
final class GroupProgress {

    private static final long POLL_MS = 20;

    private final Admin admin;
    private final Map<TopicPartition, Long> ends;
    private final long total;

    private GroupProgress(Admin admin, Map<TopicPartition, Long> ends) {
        this.admin = admin;
        this.ends = Map.copyOf(ends);
        this.total = ends.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Progress through everything {@code topic} holds now. */
    static GroupProgress of(Admin admin, String topic) throws InterruptedException {
        try {
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            d.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(request).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            return new GroupProgress(admin, ends);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the end of " + topic + ": " + e.getCause(), e.getCause());
        }
    }

    /** The records of the topic, as offsets count them (no transaction markers on an input topic). */
    long total() {
        return total;
    }

    int partitions() {
        return ends.size();
    }

    /** Records of the topic that {@code group} has committed. */
    long committed(String group) throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            long sum = 0;
            for (TopicPartition tp : ends.keySet()) {
                OffsetAndMetadata o = offsets.get(tp);
                sum += o == null ? 0 : o.offset();
            }
            return sum;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return 0;
        }
    }

    /**
     * Waits until {@code group} has committed every record, or its committed count has not moved for
     * {@code stall}; returns the count committed.
     *
     * @param failed asked between polls; true stops the wait
     */
    long await(String group, Duration stall, java.util.function.BooleanSupplier failed) throws InterruptedException {
        long last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long done = committed(group);
            if (done >= total || failed.getAsBoolean()) {
                return done;
            }
            long now = System.nanoTime();
            if (done != last) {
                last = done;
                lastChange = now;
            } else if (now - lastChange > stall.toNanos()) {
                return done;
            }
            Thread.sleep(POLL_MS);
        }
    }
}
