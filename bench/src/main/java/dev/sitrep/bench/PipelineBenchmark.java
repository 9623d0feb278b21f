package dev.sitrep.bench;

import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.kafka.TopicAdmin;
import dev.sitrep.common.kafka.TopicNames;
import dev.sitrep.common.kafka.Topics;
import dev.sitrep.enrich.process.ArticleProcessor;
import dev.sitrep.enrich.topology.EnrichApp;
import dev.sitrep.enrich.topology.EnrichConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs Streams apps over the same input topic one after the other and times each in steady state: from the
 * moment its stream threads have processed their first records until they have processed the last one, the
 * commits in between included; start-up (joining the group, starting transactions) and the final commit are
 * not. Every run must then commit every input record (with exactly-once, its output is then visible to
 * read-committed consumers), or it fails. Every app uses {@link EnrichApp} with sitrep's shipped Streams
 * and producer defaults; only the {@link ArticleProcessor} differs. Rounds alternate the apps so that
 * a change of load on the machine hits each of them alike.
 */
public final class PipelineBenchmark implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineBenchmark.class);
    private static final Duration TOPIC_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration STALL = Duration.ofSeconds(60);
    private static final long WATCH_MS = 2;

    /**
     * One app to time.
     *
     * @param label     short name for the report
     * @param processor makes the app's processor (called once per run)
     * @param rawTopic  the input topic
     * @param threads   stream threads
     */
    public record Variant(String label, Supplier<ArticleProcessor> processor, String rawTopic, int threads) {
        public Variant {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(processor, "processor");
            Objects.requireNonNull(rawTopic, "rawTopic");
        }
    }

    /**
     * One timed run.
     *
     * @param records           input records processed in the timed window
     * @param seconds           the timed window: first records processed to last record processed
     * @param articlesPerSecond records / seconds
     * @param startMillis       from {@code start()} to RUNNING, processor construction included
     * @param deadLetters       records the app dead-lettered
     * @param threadCpuMicros   CPU of the app's stream threads per record, in the window
     * @param jvmCpuMicros      CPU of the whole JVM (broker, clients, GC) per record, in the window
     * @param jitMicros         time of the JIT compiler threads per record, in the window
     * @param gcMicros          time of garbage collection per record, in the window
     * @param shares            where the stream threads' time went, over Streams' own metrics window
     */
    public record Run(String label, int round, long records, double seconds, double articlesPerSecond,
                      long startMillis, long deadLetters, double threadCpuMicros, double jvmCpuMicros,
                      double jitMicros, double gcMicros, StreamThreadMetrics.TimeShares shares) {
    }

    /** The runs of several variants, {@code runs.get(v)} holding variant v's runs in round order. */
    public record Comparison(List<Variant> variants, List<List<Run>> runs) {

        public double medianRate(int variant) {
            return EngineBenchmark.median(runs.get(variant).stream().mapToDouble(Run::articlesPerSecond).toArray());
        }

        /** Median over rounds of variant a's rate over variant b's in the same round. */
        public double medianRatio(int a, int b) {
            List<Run> ra = runs.get(a);
            List<Run> rb = runs.get(b);
            double[] ratios = new double[ra.size()];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = ra.get(i).articlesPerSecond() / rb.get(i).articlesPerSecond();
            }
            return EngineBenchmark.median(ratios);
        }
    }

    /** How loading the input went. */
    public record Load(String topic, int partitions, long records, double seconds) {
    }

    /** Numbers runs across instances: each run's application id and topics are its own. */
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final KafkaSettings kafka;
    private final String guarantee;
    private final Admin admin;

    /**
     * @param kafka     the cluster (the embedded broker, usually)
     * @param guarantee the apps' processing guarantee
     */
    public PipelineBenchmark(KafkaSettings kafka, String guarantee) {
        this.kafka = Objects.requireNonNull(kafka, "kafka");
        this.guarantee = Objects.requireNonNull(guarantee, "guarantee");
        this.admin = Admin.create(kafka.properties());
    }

    /** Creates {@code topic} and writes {@code values} to it, keyed {@code bench-N}. */
    public Load load(String topic, int partitions, List<byte[]> values) throws InterruptedException {
        TopicAdmin.ensureTopics(kafka.properties(), List.of(new NewTopic(topic, partitions, (short) -1)), TOPIC_TIMEOUT);
        Map<String, Object> producerDefaults = Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.properties(producerDefaults),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < values.size(); i++) {
                producer.send(new ProducerRecord<>(topic, "bench-" + i, values.get(i)), (meta, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("cannot load the benchmark records: " + failure.get(), failure.get());
        }
        long written = GroupProgress.of(admin, topic).total();
        if (written != values.size()) {
            throw new IllegalStateException(topic + " holds " + written + " records, not " + values.size());
        }
        return new Load(topic, partitions, written, (System.nanoTime() - start) / 1e9);
    }

    /** Runs each variant once per round, in the order given, for {@code rounds} rounds. */
    public Comparison compare(List<Variant> variants, int rounds) throws InterruptedException, IOException {
        List<List<Run>> out = new ArrayList<>();
        variants.forEach(v -> out.add(new ArrayList<>()));
        for (int round = 1; round <= rounds; round++) {
            for (int v = 0; v < variants.size(); v++) {
                Run run = run(variants.get(v), round);
                LOG.debug("{} round {}: {} records in {} s", run.label(), round, run.records(), run.seconds());
                out.get(v).add(run);
            }
        }
        return new Comparison(List.copyOf(variants), out.stream().map(List::copyOf).toList());
    }

    /** One run of {@code variant} over its whole input topic, on fresh output topics that are deleted after. */
    public Run run(Variant variant, int round) throws InterruptedException, IOException {
        int n = RUNS.incrementAndGet();
        String base = "bench." + n + "." + variant.label().replaceAll("[^a-zA-Z0-9]", "-");
        Topics topics = Topics.of(new TopicNames(variant.rawTopic(), base + ".enriched", base + ".dlq"));
        GroupProgress progress = GroupProgress.of(admin, variant.rawTopic());
        int partitions = progress.partitions();
        TopicAdmin.ensureTopics(kafka.properties(), List.of(
                new NewTopic(topics.enriched().name(), partitions, (short) -1),
                new NewTopic(topics.dlq().name(), partitions, (short) -1)), TOPIC_TIMEOUT);
        String appId = "sitrep-bench-" + n;
        Path stateDir = Files.createTempDirectory("sitrep-bench-streams-");
        try {
            long t0 = System.nanoTime();
            EnrichConfig config = new EnrichConfig(kafka, topics, appId, guarantee, variant.threads(), stateDir);
            Window window;
            StreamThreadMetrics.TimeShares shares;
            try (EnrichApp app = new EnrichApp(config, variant.processor().get())) {
                app.start();
                StreamThreadMetrics metrics = new StreamThreadMetrics(app::metrics);
                window = watch(variant, app, metrics, appId, progress.total(), t0);
                shares = metrics.timeShares();
                long done = progress.await(appId, STALL, app::isFailed);
                if (done < progress.total()) {
                    throw new IllegalStateException(variant.label() + " committed " + done + " of "
                            + progress.total() + " records" + (app.isFailed() ? ": " + app.failure() : " and stalled"));
                }
            }
            return window.run(variant.label(), round, count(topics.dlq().name()), shares);
        } finally {
            admin.deleteTopics(List.of(topics.enriched().name(), topics.dlq().name()));
            deleteRecursively(stateDir);
        }
    }

    /** The timed window of one run: the first and the last look at the app's processed count. */
    private record Window(long records, CpuSample first, CpuSample last, long startMillis) {
        Run run(String label, int round, long deadLetters, StreamThreadMetrics.TimeShares shares) {
            double seconds = (last.nanos() - first.nanos()) / 1e9;
            double jvmCpu = first.processCpu() < 0 ? Double.NaN : (last.processCpu() - first.processCpu()) / 1e3 / records;
            return new Run(label, round, records, seconds, records / seconds, startMillis, deadLetters,
                    (last.streamThreadCpu() - first.streamThreadCpu()) / 1e3 / records, jvmCpu,
                    perRecordMicros(first.compileMillis(), last.compileMillis()),
                    perRecordMicros(first.gcMillis(), last.gcMillis()), shares);
        }

        private double perRecordMicros(long firstMillis, long lastMillis) {
            return firstMillis < 0 || lastMillis < 0 ? Double.NaN : (lastMillis - firstMillis) * 1e3 / records;
        }
    }

    /**
     * Watches the app's processed count every few milliseconds from its start: the window opens at the first
     * look that finds records processed and closes at the first that finds all of them; the records counted are
     * those processed in between. Watching starts before RUNNING: with several threads, the first to get
     * partitions processes while the others still join, and the client is RUNNING only once all have.
     *
     * @param t0 when the app was built, for the time to RUNNING
     */
    private Window watch(Variant variant, EnrichApp app, StreamThreadMetrics metrics, String appId, long total,
                         long t0) throws InterruptedException {
        long runningMillis = -1;
        CpuSample first = null;
        long firstCount = 0;
        long last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            if (runningMillis < 0 && app.awaitRunning(Duration.ZERO)) {
                runningMillis = (System.nanoTime() - t0) / 1_000_000;
            }
            long processed = metrics.processed(variant.threads());
            if (first == null && processed > 0) {
                first = CpuSample.take(appId);
                firstCount = processed;
            }
            if (processed >= total) {
                CpuSample end = CpuSample.take(appId);
                if (runningMillis < 0) {
                    if (!app.awaitRunning(Duration.ofMinutes(1))) {
                        throw new IllegalStateException(variant.label() + " did not reach RUNNING: " + app.failure());
                    }
                    runningMillis = (System.nanoTime() - t0) / 1_000_000;
                }
                if (processed == firstCount) {
                    throw new IllegalStateException(variant.label() + " processed every record before the first"
                            + " look: too few records to time");
                }
                return new Window(processed - firstCount, first, end, runningMillis);
            }
            if (app.isFailed()) {
                throw new IllegalStateException(variant.label() + " failed: " + app.failure());
            }
            long now = System.nanoTime();
            if (processed != last) {
                last = processed;
                lastChange = now;
            } else if (now - lastChange > STALL.toNanos()) {
                throw new IllegalStateException(variant.label() + " processed " + processed + " of " + total
                        + " records and stalled");
            }
            Thread.sleep(WATCH_MS);
        }
    }

    /** Committed records in {@code topic}: dead-letter topics are small, so they are read whole. */
    long count(String topic) throws InterruptedException {
        GroupProgress ends = GroupProgress.of(admin, topic);
        if (ends.total() == 0) {
            return 0;
        }
        Map<String, Object> props = Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafka.properties(props),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long count = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                count += records.count();
                boolean atEnd = true;
                for (TopicPartition tp : partitions) {
                    atEnd &= consumer.position(tp) >= consumer.endOffsets(List.of(tp)).get(tp);
                }
                if (atEnd) {
                    return count;
                }
            }
            throw new IllegalStateException("cannot read " + topic + " to its end");
        }
    }

    @Override
    public void close() {
        admin.close();
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
