package dev.sitrep.enrich.topology;

import dev.sitrep.common.kafka.Topic;
import dev.sitrep.common.kafka.Topics;
import dev.sitrep.enrich.process.ArticleProcessor;
import dev.sitrep.enrich.process.Outcome;
import dev.sitrep.enrich.process.RecordSource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The enrich app's topology: raw articles in, each to the enriched topic or the dead-letter topic.
 * All logic lives in {@link ArticleProcessor}; this class only wires it to topics.
 */
public final class EnrichTopology {

    /** Header ingest sets to {@code file:line}, quoted in dead letters. */
    public static final String ORIGIN_HEADER = "sitrep.origin";

    private EnrichTopology() {
    }

    public static Topology buildTopology(Topics topics, ArticleProcessor processor) {
        StreamsBuilder builder = new StreamsBuilder();
        createStream(builder, topics, processor);
        return builder.build();
    }

    static void createStream(StreamsBuilder builder, Topics topics, ArticleProcessor processor) {
        Topic<String, byte[]> raw = topics.raw();
        Map<String, KStream<String, Outcome>> outcomes = builder
                .stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName("articles"))
                .process(() -> new ProcessStep(processor), Named.as("process"))
                .split(Named.as("outcome-"))
                .branch((id, outcome) -> outcome instanceof Outcome.Enriched, Branched.as("enriched"))
                .defaultBranch(Branched.as("dead"));
        to(outcomes.get("outcome-enriched"), topics.enriched());
        to(outcomes.get("outcome-dead"), topics.dlq());
    }

    private static void to(KStream<String, Outcome> stream, Topic<String, byte[]> topic) {
        stream.mapValues(Outcome::json, Named.as("to-json-" + topic.name()))
                .to(topic.name(), Produced.with(topic.keySerde(), topic.valueSerde()).withName("write-" + topic.name()));
    }

    /**
     * Streams properties for {@code config}: the code's defaults, under the {@code --kafka-config} file,
     * under the typed settings.
     */
    public static Properties streamsConfig(EnrichConfig config) {
        Properties p = config.kafka().properties(yieldingTo(config.kafka().client(), defaults(config)));
        p.put(DeadLetterHandler.DLQ_TOPIC_CONFIG, config.topics().dlq().name());
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.guarantee());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.threads());
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        return p;
    }

    /**
     * The defaults the file does not set. Streams ranks a setting prefixed for one client above the same setting
     * unprefixed, so a default such as {@code producer.linger.ms} would beat the file's {@code linger.ms}: a
     * default for one client gives way to the file's setting for that client, prefixed or not.
     */
    private static Map<String, Object> yieldingTo(Map<String, String> file, Map<String, Object> defaults) {
        Map<String, Object> kept = new HashMap<>();
        defaults.forEach((key, value) -> {
            if (!setIn(file, key)) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    private static boolean setIn(Map<String, String> file, String key) {
        String mainConsumer = StreamsConfig.mainConsumerPrefix("");
        String consumer = StreamsConfig.consumerPrefix("");
        String producer = StreamsConfig.producerPrefix("");
        if (key.startsWith(mainConsumer)) {
            String bare = key.substring(mainConsumer.length());
            return file.containsKey(key) || file.containsKey(consumer + bare) || file.containsKey(bare);
        }
        for (String prefix : List.of(consumer, producer)) {
            if (key.startsWith(prefix)) {
                return file.containsKey(key) || file.containsKey(key.substring(prefix.length()));
            }
        }
        return file.containsKey(key);
    }

    /** sitrep's Streams, producer and consumer defaults, which a {@code --kafka-config} file may override. */
    private static Map<String, Object> defaults(EnrichConfig config) {
        Map<String, Object> defaults = new HashMap<>();
        // A full 16 KiB batch holds ~4 articles; each EOS commit then stalls the thread on many small
        // requests. 256 KiB roughly doubled exactly-once throughput on the embedded broker.
        defaults.put(StreamsConfig.producerPrefix("batch.size"), 256 * 1024);
        defaults.put(StreamsConfig.producerPrefix("linger.ms"), 5);
        // An enriched article is JSON about twice its input: lz4 shrinks it several times on the network, on the
        // broker's disk and in its page cache, for a few microseconds of CPU per article.
        defaults.put(StreamsConfig.producerPrefix("compression.type"), "lz4");
        // Each stream thread is a group member. On a broker that starts rebalances at once (no initial delay, as
        // the embedded one and docker-compose's), the second thread often joins after the first has its
        // assignment, which learns of the new round only at its next heartbeat: with the consumer's 3 s default,
        // two threads reached RUNNING after 3.1 to 3.3 s instead of 0.3 s in about a third of the runs.
        defaults.put(StreamsConfig.mainConsumerPrefix("heartbeat.interval.ms"), 500);
        if (EnrichConfig.EXACTLY_ONCE.equals(config.guarantee())) {
            // Each commit ends a transaction: the thread flushes the producer and waits on the broker. At Streams'
            // exactly-once default of 100 ms the bench's stream threads spent 7 to 15% of their time committing;
            // at 500 ms, 4 to 5%. Output becomes visible to read-committed consumers within about half a second.
            defaults.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 500);
        }
        defaults.put(StreamsConfig.producerPrefix("max.request.size"), 16 * 1024 * 1024);
        defaults.put(StreamsConfig.consumerPrefix("max.partition.fetch.bytes"), 4 * 1024 * 1024);
        // The topology has no global store; this only opts into Kafka 5.0's default and silences its warning.
        defaults.put("processing.exception.handler.global.enabled", true);
        // Keys and values are read as lenient strings and raw bytes, so deserialization cannot fail; records
        // too large for a topic are dead-lettered before they are sent (see DeadLetterHandler for why there).
        defaults.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        return defaults;
    }

    /** Hands each record with its metadata to the processor and forwards the outcome under its key. */
    private static final class ProcessStep implements Processor<String, byte[], String, Outcome> {

        private final ArticleProcessor processor;
        private ProcessorContext<String, Outcome> context;

        ProcessStep(ArticleProcessor processor) {
            this.processor = processor;
        }

        @Override
        public void init(ProcessorContext<String, Outcome> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, byte[]> record) {
            Outcome outcome = processor.process(record.key(), record.value(), source(record));
            context.forward(record.withKey(outcome.key()).withValue(outcome));
        }

        private RecordSource source(Record<String, byte[]> record) {
            Header origin = record.headers().lastHeader(ORIGIN_HEADER);
            String from = origin == null || origin.value() == null
                    ? null : new String(origin.value(), StandardCharsets.UTF_8);
            int headerBytes = headerBytes(record);
            return context.recordMetadata()
                    .map((RecordMetadata m) -> new RecordSource(m.topic(), m.partition(), m.offset(), from, headerBytes))
                    .orElse(new RecordSource(null, -1, -1, from, headerBytes));
        }

        /** What the headers add to the output record, which carries them on: each key and value, and two varints. */
        private static int headerBytes(Record<String, byte[]> record) {
            int n = 0;
            for (Header h : record.headers()) {
                n += h.key().getBytes(StandardCharsets.UTF_8).length + (h.value() == null ? 0 : h.value().length) + 10;
            }
            return n;
        }
    }
}
