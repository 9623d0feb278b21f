package dev.sitrep.cli;

import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.json.ArticleLimits;
import dev.sitrep.common.kafka.TopicAdmin;
import dev.sitrep.common.kafka.TopicNames;
import dev.sitrep.common.kafka.Topics;
import dev.sitrep.ingest.IngestConfig;
import dev.sitrep.ingest.IngestSummary;
import dev.sitrep.ingest.Ingester;
import dev.sitrep.ingest.Progress;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The broker goes away while ingest and the enrich app run: stopped and restarted on the same ports and data. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BrokerOutageIT {

    private static final String SECRET = "s3cret-never-logged";
    @RegisterExtension
    static final BrokerPerClass BROKER = BrokerPerClass.abortingTimedOutTransactionsQuickly();

    @TempDir
    Path dir;

    @Test
    @DisplayName("ingest and the enrich app ride out a broker restart: every acknowledged record is there once, and enriched once")
    void shouldLoseNothingAcknowledgedAcrossABrokerRestart() throws Exception {
        Topics topics = Topics.of(new TopicNames("outage.raw", "outage.enriched", "outage.dlq"));
        createTopics(topics);
        List<String> args = List.of("enrich", "--bootstrap", BROKER.kafka().bootstrap(), "--kafka-config", clientConfig().toString(),
                "--topic-raw", topics.raw().name(), "--topic-enriched", topics.enriched().name(),
                "--topic-dlq", topics.dlq().name(), "--application-id", "outage-enrich",
                "--state-dir", dir.resolve("state").toString());
        int perPhase = 5_000;
        try (ChildSitrep enrich = ChildSitrep.start(dir.resolve("enrich.log"), args)) {
            PipedOutputStream feed = new PipedOutputStream();
            PipedInputStream stdin = new PipedInputStream(feed, 1 << 20);
            IngestConfig config = new IngestConfig(KafkaSettings.of(BROKER.kafka().bootstrap()), topics.raw(), List.of("-"),
                    false, ArticleLimits.DEFAULT, Duration.ofSeconds(60));
            CompletableFuture<IngestSummary> ingest;
            long outage;
            try (Ingester ingester = new Ingester(config)) {
                ingest = CompletableFuture.supplyAsync(() -> ingester.ingest(stdin, Progress.none(), p -> { }));
                writeArticles(feed, 0, perPhase);
                awaitValue(() -> TopicContents.endOffsetSum(BROKER.kafka().bootstrap(), topics.raw().name(), "read_uncommitted"),
                        perPhase);

                long down = System.nanoTime();
                BROKER.kafka().stop();
                writeArticles(feed, perPhase, 2 * perPhase);
                Thread.sleep(3_000);
                BROKER.kafka().restart();
                outage = (System.nanoTime() - down) / 1_000_000;
                writeArticles(feed, 2 * perPhase, 3 * perPhase);
                feed.close();

                IngestSummary summary = ingest.get(2, TimeUnit.MINUTES);
                assertThat(summary.complete()).as(summary.line()).isTrue();
                assertThat(summary.sent()).isEqualTo(3L * perPhase);
            }
            List<ConsumerRecord<String, byte[]>> raw = TopicContents.read(BROKER.kafka().bootstrap(), topics.raw().name(), "read_committed");
            awaitValue(() -> committedOffsets("outage-enrich"), raw.size());
            assertThat(enrich.terminate()).as("exit code after SIGTERM; log:\n" + enrich.output()).isEqualTo(143);
            awaitNoOpenTransaction(topics.enriched().name());
            List<ConsumerRecord<String, byte[]>> enriched =
                    TopicContents.read(BROKER.kafka().bootstrap(), topics.enriched().name(), "read_committed");
            Set<String> rawIds = new HashSet<>();
            raw.forEach(r -> rawIds.add(r.key()));
            Set<String> enrichedIds = new HashSet<>();
            enriched.forEach(r -> enrichedIds.add(r.key()));
            long dead = TopicContents.read(BROKER.kafka().bootstrap(), topics.dlq().name(), "read_committed").size();
            System.out.printf(Locale.ROOT, "FIGURES broker restart (%d ms down): in %d (distinct %d), enriched %d, dead-lettered %d,"
                            + " duplicates %d, lost %d%n", outage, raw.size(), rawIds.size(), enriched.size(), dead,
                    (raw.size() - rawIds.size()) + (enriched.size() - enrichedIds.size()),
                    3L * perPhase - enrichedIds.size());

            assertThat(raw).hasSize(3 * perPhase);
            assertThat(rawIds).hasSize(3 * perPhase);
            assertThat(enriched).hasSize(3 * perPhase);
            assertThat(enrichedIds).isEqualTo(rawIds);
            assertThat(dead).isZero();
        }
    }

    @Test
    @DisplayName("ingest gives up when the broker stays down: exit 1, naming by line every record not sent, no secret logged")
    void shouldNameUnsentRecordsWhenTheBrokerStaysDown() throws Exception {
        Topics topics = Topics.of(new TopicNames("down.raw", "down.enriched", "down.dlq"));
        createTopics(topics);
        Path config = Files.writeString(dir.resolve("secret.properties"),
                "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\""
                        + " password=\"" + SECRET + "\";\nssl.truststore.password=" + SECRET + "\n");
        List<String> args = List.of("ingest", "--bootstrap", BROKER.kafka().bootstrap(), "--kafka-config", config.toString(),
                "--topic-raw", topics.raw().name(), "--delivery-timeout", "3", "--no-progress", "-");
        try (ChildSitrep ingest = ChildSitrep.start(dir.resolve("ingest.log"), args)) {
            writeArticles(ingest.stdin(), 0, 1_000);
            awaitValue(() -> TopicContents.endOffsetSum(BROKER.kafka().bootstrap(), topics.raw().name(), "read_uncommitted"), 1_000);
            BROKER.kafka().stop();
            long down = System.nanoTime();
            try {
                writeArticles(ingest.stdin(), 1_000, 2_000);
                ingest.stdin().close();

                int code = ingest.waitFor(60);
                double gaveUpAfter = (System.nanoTime() - down) / 1e9;
                String out = ingest.output();
                System.out.printf(Locale.ROOT, "FIGURES broker down for good: ingest exited %d after %.1f s: %s%n", code,
                        gaveUpAfter, out.lines().filter(l -> l.startsWith("ingest:")).findFirst().orElse(out));

                assertThat(code).isEqualTo(1);
                assertThat(out).contains("sent 1000", "FAILED");
                // Queued records fail together at the delivery timeout; a send blocked on metadata fails alone and
                // stops the reading. Either way the report must name exactly lines 1001 to 2000.
                assertThat(namedUnsent(out, 2_000)).isEqualTo(lines(1_001, 2_000));
                assertThat(out).doesNotContain(SECRET);
            } finally {
                BROKER.kafka().restart();
            }
        }
        assertThat(TopicContents.read(BROKER.kafka().bootstrap(), topics.raw().name(), "read_committed")).hasSize(1_000);
    }

    @Test
    @DisplayName("ingest stopped while the broker is down waits a bounded time, then names what was not acknowledged")
    void shouldBoundTheWaitWhenStoppedDuringAnOutage() throws Exception {
        Topics topics = Topics.of(new TopicNames("stopdown.raw", "stopdown.enriched", "stopdown.dlq"));
        createTopics(topics);
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed, 1 << 20);
        IngestConfig config = new IngestConfig(KafkaSettings.of(BROKER.kafka().bootstrap()), topics.raw(), List.of("-"),
                false, ArticleLimits.DEFAULT);
        IngestSummary summary;
        long took;
        try (Ingester ingester = new Ingester(config)) {
            ingester.setStopGrace(Duration.ofSeconds(2));
            CompletableFuture<IngestSummary> ingest =
                    CompletableFuture.supplyAsync(() -> ingester.ingest(stdin, Progress.none(), p -> { }));
            writeArticles(feed, 0, 500);
            awaitValue(() -> TopicContents.endOffsetSum(BROKER.kafka().bootstrap(), topics.raw().name(), "read_uncommitted"), 500);
            BROKER.kafka().stop();
            try {
                writeArticles(feed, 500, 1_000);
                Thread.sleep(500);
                long t = System.nanoTime();
                ingester.stop();
                summary = ingest.get(30, TimeUnit.SECONDS);
                took = (System.nanoTime() - t) / 1_000_000;
            } finally {
                BROKER.kafka().restart();
            }
        }
        System.out.printf(Locale.ROOT, "FIGURES stopped during an outage: returned after %d ms: %s%n", took, summary.line());

        assertThat(took).isLessThan(10_000);
        assertThat(summary.sent()).isEqualTo(500);
        assertThat(summary.failed()).isPositive();
        assertThat(summary.stopped()).isTrue();
        assertThat(summary.unsent()).startsWith("-:501");
        assertThat(TopicContents.read(BROKER.kafka().bootstrap(), topics.raw().name(), "read_committed")).hasSize(500);
    }

    /** The lines of standard input an ingest summary names as not sent, reading "from N on" up to {@code last}. */
    private static Set<Long> namedUnsent(String out, long last) {
        String line = out.lines().filter(l -> l.startsWith("ingest:")).findFirst().orElseThrow();
        String unsent = line.substring(line.indexOf("NOT SENT: ") + "NOT SENT: ".length());
        Set<Long> named = new HashSet<>();
        for (String part : unsent.split("; ")) {
            if (part.startsWith("everything from -:")) {
                named.addAll(lines(Long.parseLong(part.replaceAll("\\D", "")), last));
            } else {
                for (String range : part.substring("-:".length()).split(",")) {
                    String[] ends = range.split("-");
                    named.addAll(lines(Long.parseLong(ends[0]), Long.parseLong(ends[ends.length - 1])));
                }
            }
        }
        return named;
    }

    private static Set<Long> lines(long from, long to) {
        Set<Long> s = new HashSet<>();
        for (long i = from; i <= to; i++) {
            s.add(i);
        }
        return s;
    }

    private static void writeArticles(OutputStream out, int from, int to) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(String.format(Locale.ROOT, "{\"id\":\"o%05d\",\"text\":\"At least %d people were killed in"
                    + " shelling of Kharkiv, the governor said.\"}%n", i, i % 40));
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void createTopics(Topics topics) {
        TopicAdmin.ensureTopics(KafkaSettings.of(BROKER.kafka().bootstrap()).properties(), topics.all().stream()
                .map(t -> new NewTopic(t.name(), 2, (short) 1)).toList(), Duration.ofSeconds(30));
    }

    private Path clientConfig() throws IOException {
        return Files.writeString(dir.resolve("client.properties"), "session.timeout.ms=6000\nheartbeat.interval.ms=1000\n");
    }

    private static long committedOffsets(String group) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", BROKER.kafka().bootstrap()))) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                    .values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
        } catch (Exception e) {
            return 0;
        }
    }

    private static void awaitNoOpenTransaction(String topic) throws InterruptedException {
        awaitValue(() -> TopicContents.endOffsetSum(BROKER.kafka().bootstrap(), topic, "read_committed")
                - TopicContents.endOffsetSum(BROKER.kafka().bootstrap(), topic, "read_uncommitted"), 0);
    }

    private static void awaitValue(LongSupplier value, long target) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (value.getAsLong() < target) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("stuck at " + value.getAsLong() + " of " + target);
            }
            Thread.sleep(50);
        }
    }
}
