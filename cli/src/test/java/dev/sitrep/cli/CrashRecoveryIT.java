package dev.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.json.ArticleLimits;
import dev.sitrep.common.json.Json;
import dev.sitrep.common.kafka.TopicAdmin;
import dev.sitrep.common.kafka.TopicNames;
import dev.sitrep.common.kafka.Topics;
import dev.sitrep.ingest.IngestConfig;
import dev.sitrep.ingest.IngestSummary;
import dev.sitrep.ingest.Ingester;
import dev.sitrep.ingest.Progress;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash and restart on a real broker: the enrich app and the file sink run in child JVMs and are killed
 * with SIGKILL mid-stream (no shutdown hook, no commit), stopped with SIGTERM, and started again; the
 * output must hold every record exactly once.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class CrashRecoveryIT {

    private static final int ARTICLES = 20_000;
    /** Enough that three instances, each stopped once 4,000 more records are committed, stop mid-stream. */
    private static final int ENRICH_ARTICLES = 40_000;
    private static final int BAD_EVERY = 100;
    private static final String SECRET = "s3cret-in-kafka-config";
    @RegisterExtension
    static final BrokerPerClass BROKER = BrokerPerClass.abortingTimedOutTransactionsQuickly();
    private final ObjectMapper mapper = Json.mapper();

    @TempDir
    Path dir;

    @Test
    @DisplayName("the enrich app killed twice mid-stream and stopped once by SIGTERM: every record enriched or dead-lettered exactly once")
    void shouldEnrichEachRecordOnceAcrossKills() throws Exception {
        Topics topics = Topics.of(new TopicNames("crash.raw", "crash.enriched", "crash.dlq"));
        createTopics(topics, 2);
        Path in = dir.resolve("in.jsonl");
        int bad = TestArticles.writeMixed(in, ENRICH_ARTICLES, BAD_EVERY);
        IngestSummary ingest = ingest(topics, in);
        assertThat(ingest.complete()).as(ingest.line()).isTrue();
        long total = ENRICH_ARTICLES + bad;
        assertThat(ingest.sent()).isEqualTo(total);

        List<String> args = List.of("enrich", "--bootstrap", BROKER.kafka().bootstrap(), "--kafka-config", clientConfig().toString(),
                "--topic-raw", topics.raw().name(), "--topic-enriched", topics.enriched().name(),
                "--topic-dlq", topics.dlq().name(), "--application-id", "crash-enrich",
                "--state-dir", dir.resolve("state").toString());
        Path log = dir.resolve("enrich.log");
        LongSupplier committedInput = () -> committedOffsets("crash-enrich");
        List<String> phases = new ArrayList<>();
        long start = System.nanoTime();
        try (ChildSitrep first = ChildSitrep.start(log, args)) {
            first.awaitGrowth(committedInput, 4_000);
            first.kill();
            phases.add("SIGKILL at " + committedInput.getAsLong());
        }
        try (ChildSitrep second = ChildSitrep.start(log, args)) {
            second.awaitGrowth(committedInput, 4_000);
            assertThat(second.terminate()).as("exit code after SIGTERM").isEqualTo(143);
            phases.add("SIGTERM at " + committedInput.getAsLong());
        }
        try (ChildSitrep third = ChildSitrep.start(log, args)) {
            third.awaitGrowth(committedInput, 4_000);
            third.kill();
            phases.add("SIGKILL at " + committedInput.getAsLong());
        }
        try (ChildSitrep last = ChildSitrep.start(log, args)) {
            last.awaitValue(committedInput, total);
            assertThat(last.terminate()).as("exit code after SIGTERM").isEqualTo(143);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // The killed instances' open transactions hold back what read_committed consumers see until the broker
        // aborts them at their timeout: a restart of a stateless app gets a new transactional id and cannot fence them.
        long stopped = System.nanoTime();
        awaitNoOpenTransaction(topics.enriched().name());
        awaitNoOpenTransaction(topics.dlq().name());
        double visibleAfter = (System.nanoTime() - stopped) / 1e9;

        List<ConsumerRecord<String, byte[]>> raw = TopicContents.read(BROKER.kafka().bootstrap(), topics.raw().name(), "read_committed");
        List<ConsumerRecord<String, byte[]>> enriched = TopicContents.read(BROKER.kafka().bootstrap(), topics.enriched().name(), "read_committed");
        List<ConsumerRecord<String, byte[]>> dead = TopicContents.read(BROKER.kafka().bootstrap(), topics.dlq().name(), "read_committed");
        long inLog = TopicContents.read(BROKER.kafka().bootstrap(), topics.enriched().name(), "read_uncommitted").size()
                + TopicContents.read(BROKER.kafka().bootstrap(), topics.dlq().name(), "read_uncommitted").size();

        Set<String> expectedIds = new HashSet<>();
        Set<String> expectedDead = new HashSet<>();
        for (ConsumerRecord<String, byte[]> r : raw) {
            if (r.key() != null) {
                expectedIds.add(r.key());
            } else {
                expectedDead.add(r.partition() + "@" + r.offset());
            }
        }
        List<String> enrichedIds = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : enriched) {
            JsonNode j = mapper.readTree(r.value());
            assertThat(j.path("id").asText()).isEqualTo(r.key());
            assertThat(j.has("casualties")).isTrue();
            enrichedIds.add(r.key());
        }
        List<String> deadPositions = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : dead) {
            JsonNode j = mapper.readTree(r.value());
            assertThat(j.path("topic").asText()).isEqualTo(topics.raw().name());
            deadPositions.add(j.path("partition").asInt() + "@" + j.path("offset").asLong());
        }
        long duplicates = (enrichedIds.size() - new HashSet<>(enrichedIds).size())
                + (deadPositions.size() - new HashSet<>(deadPositions).size());
        Set<String> lostIds = new HashSet<>(expectedIds);
        lostIds.removeAll(enrichedIds);
        Set<String> lostDead = new HashSet<>(expectedDead);
        deadPositions.forEach(lostDead::remove);
        System.out.printf(Locale.ROOT, "FIGURES enrich killed: in %d, enriched %d, dead-lettered %d, duplicates %d, lost %d;"
                        + " %d records in the output logs (%d aborted, hidden from read_committed); %s; %.1f s,"
                        + " then %.1f s until no transaction was open%n",
                raw.size(), enriched.size(), dead.size(), duplicates, lostIds.size() + lostDead.size(), inLog,
                inLog - enriched.size() - dead.size(), phases, seconds, visibleAfter);

        assertThat(raw).hasSize((int) total);
        assertThat(expectedIds).hasSize(ENRICH_ARTICLES);
        assertThat(duplicates).as("duplicates").isZero();
        assertThat(lostIds).as("ids never enriched").isEmpty();
        assertThat(lostDead).as("bad records never dead-lettered").isEmpty();
        assertThat(enriched.size() + dead.size()).isEqualTo(raw.size());
        assertThat(dead).hasSize(bad);
        assertThat(Files.readString(log)).doesNotContain(SECRET);
    }

    @Test
    @DisplayName("the file sink killed three times mid-write: its files hold every record exactly once")
    void shouldWriteEachRecordOnceAcrossKills() throws Exception {
        String topic = "sinkcrash.enriched";
        TopicAdmin.ensureTopics(KafkaSettings.of(BROKER.kafka().bootstrap()).properties(),
                List.of(new NewTopic(topic, 2, (short) 1)), Duration.ofSeconds(30));
        AtomicReference<Throwable> producerFailure = new AtomicReference<>();
        Thread producer = new Thread(() -> produceSlowly(topic, producerFailure), "slow-producer");
        producer.start();
        Path out = dir.resolve("sink-out");
        List<String> args = List.of("sink", "--bootstrap", BROKER.kafka().bootstrap(), "--kafka-config", clientConfig().toString(),
                "--topic-enriched", topic, "--out", out.toString(), "--roll-bytes", "1000000", "--group-id", "crash-sink");
        Path log = dir.resolve("sink.log");
        LongSupplier written = () -> storedOffsets(out);
        int midWrite = 0;
        List<String> phases = new ArrayList<>();
        for (int kill = 0; kill < 3; kill++) {
            try (ChildSitrep sink = ChildSitrep.start(log, args)) {
                sink.awaitGrowth(written, 2_000);
                awaitUncommittedBytes(out, Duration.ofSeconds(5));
                sink.kill();
                long uncommitted = uncommittedBytes(out);
                if (uncommitted > 0) {
                    midWrite++;
                }
                phases.add("SIGKILL at " + written.getAsLong() + " with " + uncommitted + " bytes past the commit");
            }
        }
        producer.join();
        assertThat(producerFailure.get()).isNull();
        try (ChildSitrep last = ChildSitrep.start(log, args)) {
            last.awaitValue(written, ARTICLES);
            assertThat(last.terminate()).as("exit code after SIGTERM").isEqualTo(143);
        }

        List<String> ids = new ArrayList<>();
        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String name : names) {
            if (name.endsWith(".jsonl")) {
                for (String line : Files.readAllLines(out.resolve(name), StandardCharsets.UTF_8)) {
                    ids.add(mapper.readTree(line).path("id").asText());
                }
            }
        }
        Set<String> distinct = new HashSet<>(ids);
        long lost = IntStreamIds.count(ARTICLES) - distinct.size();
        System.out.printf(Locale.ROOT, "FIGURES sink killed: in %d, written %d, duplicates %d, lost %d; %d of 3 kills"
                        + " mid-write; %s; %d segments%n", ARTICLES, ids.size(), ids.size() - distinct.size(), lost,
                midWrite, phases, names.stream().filter(n -> n.endsWith(".jsonl")).count());

        assertThat(names).noneMatch(n -> n.endsWith(".part"));
        assertThat(ids).hasSize(ARTICLES).doesNotHaveDuplicates();
        assertThat(distinct).isEqualTo(IntStreamIds.all(ARTICLES));
        assertThat(midWrite).as("kills that left uncommitted bytes behind").isPositive();
        assertThat(Files.readString(log)).doesNotContain(SECRET);
    }

    @Test
    @DisplayName("the topic sink killed twice mid-copy: the copy holds every record exactly once")
    void shouldCopyEachRecordOnceAcrossKills() throws Exception {
        String from = "topiccrash.enriched";
        String to = "topiccrash.copy";
        TopicAdmin.ensureTopics(KafkaSettings.of(BROKER.kafka().bootstrap()).properties(),
                List.of(new NewTopic(from, 2, (short) 1), new NewTopic(to, 2, (short) 1)), Duration.ofSeconds(30));
        AtomicReference<Throwable> producerFailure = new AtomicReference<>();
        Thread producer = new Thread(() -> produceSlowly(from, producerFailure), "slow-producer");
        producer.start();
        List<String> args = List.of("sink", "--bootstrap", BROKER.kafka().bootstrap(), "--kafka-config", clientConfig().toString(),
                "--topic-enriched", from, "--to-topic", to, "--group-id", "crash-copy");
        Path log = dir.resolve("copy.log");
        LongSupplier copied = () -> committedOffsets("crash-copy");
        List<String> phases = new ArrayList<>();
        for (int kill = 0; kill < 2; kill++) {
            try (ChildSitrep sink = ChildSitrep.start(log, args)) {
                sink.awaitGrowth(copied, 3_000);
                sink.kill();
                phases.add("SIGKILL at " + copied.getAsLong());
            }
        }
        producer.join();
        assertThat(producerFailure.get()).isNull();
        try (ChildSitrep last = ChildSitrep.start(log, args)) {
            last.awaitValue(copied, ARTICLES);
            assertThat(last.terminate()).as("exit code after SIGTERM").isEqualTo(143);
        }
        awaitNoOpenTransaction(to);

        List<String> ids = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : TopicContents.read(BROKER.kafka().bootstrap(), to, "read_committed")) {
            ids.add(r.key());
        }
        long inLog = TopicContents.read(BROKER.kafka().bootstrap(), to, "read_uncommitted").size();
        Set<String> distinct = new HashSet<>(ids);
        System.out.printf(Locale.ROOT, "FIGURES topic sink killed: in %d, copied %d, duplicates %d, lost %d; %d records"
                        + " in the log (%d aborted); %s%n", ARTICLES, ids.size(), ids.size() - distinct.size(),
                ARTICLES - distinct.size(), inLog, inLog - ids.size(), phases);

        assertThat(ids).hasSize(ARTICLES).doesNotHaveDuplicates();
        assertThat(distinct).isEqualTo(IntStreamIds.all(ARTICLES));
        assertThat(Files.readString(log)).doesNotContain(SECRET);
    }

    /** The ids {@link #produceSlowly} writes. */
    private static final class IntStreamIds {
        static Set<String> all(int n) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < n; i++) {
                ids.add(String.format(Locale.ROOT, "s%05d", i));
            }
            return ids;
        }

        static long count(int n) {
            return n;
        }
    }

    private void produceSlowly(String topic, AtomicReference<Throwable> failure) {
        String body = "x".repeat(2000);
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of("bootstrap.servers", BROKER.kafka().bootstrap(),
                "acks", "all", "linger.ms", 5), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < ARTICLES; i++) {
                String id = String.format(Locale.ROOT, "s%05d", i);
                p.send(new ProducerRecord<>(topic, id, ("{\"id\":\"" + id + "\",\"text\":\"" + body + "\"}")
                        .getBytes(StandardCharsets.UTF_8)), (m, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                        });
                if (i % 500 == 499) {
                    p.flush();
                    Thread.sleep(100);
                }
            }
            p.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private IngestSummary ingest(Topics topics, Path in) {
        IngestConfig config = new IngestConfig(KafkaSettings.of(BROKER.kafka().bootstrap()), topics.raw(), List.of(in.toString()),
                false, ArticleLimits.DEFAULT);
        try (Ingester ingester = new Ingester(config)) {
            return ingester.ingest(InputStream.nullInputStream(), Progress.none(), p -> { });
        }
    }

    private void createTopics(Topics topics, int partitions) {
        TopicAdmin.ensureTopics(KafkaSettings.of(BROKER.kafka().bootstrap()).properties(), topics.all().stream()
                .map(t -> new NewTopic(t.name(), partitions, (short) 1)).toList(), Duration.ofSeconds(30));
    }

    /** Client settings for the children: a killed member leaves the group after 6 s instead of 45. */
    private Path clientConfig() throws IOException {
        Path file = dir.resolve("client.properties");
        if (!Files.exists(file)) {
            // The secret is ignored on a PLAINTEXT listener; it is here to prove it never reaches a log.
            // Commits every 100 ms (sitrep's default is 500): the phases above end once 4,000 more records are
            // committed, and these short articles go through at tens of thousands a second.
            Files.writeString(file, "session.timeout.ms=6000\nheartbeat.interval.ms=1000\ncommit.interval.ms=100\n"
                    + "ssl.keystore.password=" + SECRET + "\nsasl.jaas.config=x required password=\"" + SECRET + "\";\n");
        }
        return file;
    }

    /** The input offsets the enrich app's group has committed, summed over partitions. */
    private long committedOffsets(String group) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", BROKER.kafka().bootstrap()))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            return offsets.values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
        } catch (Exception e) {
            return 0;
        }
    }

    /** The input offsets the sink's state file says its files hold, summed. */
    private long storedOffsets(Path out) {
        try {
            JsonNode state = mapper.readTree(out.resolve(".enriched.sink-state.json").toFile());
            long sum = 0;
            for (JsonNode v : state.path("offsets")) {
                sum += v.asLong();
            }
            return sum;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Bytes in the open segment past the length its state file commits: what a kill left half-written. */
    private long uncommittedBytes(Path out) {
        try {
            JsonNode state = mapper.readTree(out.resolve(".enriched.sink-state.json").toFile());
            Path open = out.resolve(String.format(Locale.ROOT, "enriched-%06d.jsonl.part", state.path("segment").asInt()));
            return Files.exists(open) ? Files.size(open) - state.path("length").asLong() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private void awaitUncommittedBytes(Path out, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (uncommittedBytes(out) <= 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    private static void awaitNoOpenTransaction(String topic) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (TopicContents.endOffsetSum(BROKER.kafka().bootstrap(), topic, "read_committed")
                < TopicContents.endOffsetSum(BROKER.kafka().bootstrap(), topic, "read_uncommitted")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("a transaction on " + topic + " is still open after 60 s");
            }
            Thread.sleep(200);
        }
    }
}
