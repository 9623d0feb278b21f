package dev.sitrep.sink;

import dev.sitrep.common.config.KafkaSettings;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Copies a topic's committed records into {@link SegmentFiles}, each record once: the files store the
 * offsets reached, and on (re)assignment the consumer seeks to them, whatever the group's offsets say.
 * The group's offsets are committed too, after the files, so lag can be watched with the usual tools.
 */
public final class FileSink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FileSink.class);

    private final Consumer<String, byte[]> consumer;
    private final String topic;
    private final SegmentFiles files;
    private final AtomicLong written = new AtomicLong();
    private final Predicate<Headers> keep;
    private volatile Runnable afterCommit = () -> { };
    private volatile boolean stop;

    public FileSink(KafkaSettings kafka, String groupId, String topic, SegmentFiles files) {
        this(kafka, groupId, topic, files, headers -> true);
    }

    /** Writes only records whose headers pass {@code keep}; the others are read past. */
    public FileSink(KafkaSettings kafka, String groupId, String topic, SegmentFiles files, Predicate<Headers> keep) {
        this(new KafkaConsumer<>(SinkConfig.consumerProperties(kafka, groupId), new StringDeserializer(),
                new ByteArrayDeserializer()), topic, files, keep);
    }

    FileSink(Consumer<String, byte[]> consumer, String topic, SegmentFiles files, Predicate<Headers> keep) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.files = Objects.requireNonNull(files, "files");
        this.keep = Objects.requireNonNull(keep, "keep");
    }

    /** Runs until {@link #stop()}; throws when the files or the cluster fail. */
    public void run() {
        consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                // Every polled batch is committed to the files before the next poll: nothing is pending.
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                seekToStoredOffsets(partitions);
            }
        });
        try {
            while (!stop) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    write(records);
                }
            }
        } catch (WakeupException e) {
            if (!stop) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + files.stateFile().getParent(), e);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void seekToStoredOffsets(Collection<TopicPartition> partitions) {
        Map<String, Long> stored = files.offsets();
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            Long next = stored.get(tp.toString());
            if (next == null) {
                // The files hold nothing of this partition: all of it belongs in them.
                fromStart.add(tp);
            } else {
                consumer.seek(tp, next);
            }
        }
        if (!fromStart.isEmpty()) {
            consumer.seekToBeginning(fromStart);
        }
    }

    private void write(ConsumerRecords<String, byte[]> records) throws IOException {
        Map<String, Long> next = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        int n = 0;
        for (ConsumerRecord<String, byte[]> r : records) {
            if (r.value() != null && keep.test(r.headers())) {
                files.append(r.value());
                n++;
            }
            TopicPartition tp = new TopicPartition(r.topic(), r.partition());
            next.put(tp.toString(), r.offset() + 1);
            commit.put(tp, new OffsetAndMetadata(r.offset() + 1));
        }
        files.commit(next);
        written.addAndGet(n);
        afterCommit.run();
        try {
            consumer.commitSync(commit);
        } catch (KafkaException e) {
            // The files are the record of what was written; the group's offsets are for monitoring only.
            LOG.debug("could not commit group offsets: {}", e.toString());
        }
    }

    /**
     * Runs {@code hook} on the sink's thread after each batch is committed to the files: the files are then
     * complete and nothing writes to them, so the hook may read them.
     */
    public void afterCommit(Runnable hook) {
        this.afterCommit = Objects.requireNonNull(hook, "hook");
    }

    /** Records written to the files so far by this sink. */
    public long written() {
        return written.get();
    }

    /** Stops {@link #run()} from another thread, after the batch in hand is committed. */
    public void stop() {
        stop = true;
        consumer.wakeup();
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
