package dev.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.json.Json;
import dev.sitrep.common.kafka.TopicAdmin;
import dev.sitrep.common.kafka.TopicNames;
import dev.sitrep.common.kafka.Topics;
import dev.sitrep.ingest.Progress;
import dev.sitrep.sink.FileSink;
import dev.sitrep.sink.SegmentFiles;
import dev.sitrep.sink.SinkConfig;
import dev.sitrep.sink.TopicSink;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** ingest -> Streams -> sink against a real broker in this JVM. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PipelineIT {

    private static final int ARTICLES = 2000;
    @RegisterExtension
    static final BrokerPerClass BROKER = new BrokerPerClass();
    private final ObjectMapper mapper = Json.mapper();

    @TempDir
    Path dir;

    @Test
    @DisplayName("sitrep run on its own embedded broker: every id enriched exactly once, every bad line dead-lettered")
    void shouldRunTheWholePipelineFromTheCommandLine() throws IOException {
        Path in = TestArticles.write(dir.resolve("in.jsonl"), ARTICLES);
        Path out = dir.resolve("out.jsonl");

        int code = Sitrep.commandLine().execute("run", "--in", in.toString(), "--out", out.toString());

        assertThat(code).isZero();
        assertExactlyOnce(out, ARTICLES);
        List<JsonNode> dead = lines(dir.resolve("out.dlq.jsonl"));
        assertThat(dead).hasSize(TestArticles.badCount());
        assertThat(dead).extracting(d -> d.get("error").asText())
                .containsExactlyInAnyOrderElementsOf(Stream.concat(
                        TestArticles.BAD_LINES.stream().map(b -> b[1]), Stream.of("NOT_UTF8")).toList());
        assertThat(dead).allSatisfy(d -> assertThat(d.get("topic").asText()).isEqualTo("articles.raw"));
        assertThat(dir.resolve("out.events.csv")).exists();
        assertThat(dir.resolve("out.events.geojson")).exists();
        assertThat(dir.resolve(".out.jsonl.sink-state.json")).doesNotExist();
    }

    @Test
    @DisplayName("two runs on one shared cluster each get exactly their own records, over 3 partitions and 2 threads")
    void shouldKeepRunsApartOnASharedCluster() throws Exception {
        Topics topics = Topics.of(new TopicNames("shared.raw", "shared.enriched", "shared.dlq"));
        for (String name : List.of("first", "second")) {
            Path in = TestArticles.write(dir.resolve(name + ".jsonl"), 500);
            Path out = dir.resolve(name + ".out.jsonl");
            LocalPipeline.Options options = new LocalPipeline.Options(List.of(in.toString()), out,
                    KafkaSettings.of(BROKER.kafka().bootstrap()), Map.of(), topics, 3, "exactly_once_v2", 2, 0,
                    Duration.ofSeconds(60));

            LocalPipeline.Result r = new LocalPipeline(options)
                    .run(new ByteArrayInputStream(new byte[0]), Progress.none(), p -> { });

            assertThat(r.complete()).as(r.problem()).isTrue();
            assertThat(r.enriched()).isEqualTo(500);
            assertThat(r.deadLettered()).isEqualTo(TestArticles.badCount());
            assertExactlyOnce(out, 500);
        }
    }

    @Test
    @DisplayName("a file sink stopped and started again writes each record once")
    void shouldResumeTheFileSinkWithoutDuplicates() throws Exception {
        String topic = "resume.enriched";
        KafkaSettings settings = KafkaSettings.of(BROKER.kafka().bootstrap());
        TopicAdmin.ensureTopics(settings.properties(), List.of(new NewTopic(topic, 2, (short) 1)), Duration.ofSeconds(30));
        produce(topic, 0, 600);
        Path out = dir.resolve("segments");

        runSinkUntil(settings, topic, out, 600);
        produce(topic, 600, 1000);
        runSinkUntil(settings, topic, out, 400);

        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (JsonNode j : lines(f)) {
                    ids.add(j.get("id").asText());
                }
            }
        }
        assertThat(ids).hasSize(1000).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("the topic sink copies each record once, in transactions")
    void shouldCopyToAnotherTopic() throws Exception {
        KafkaSettings settings = KafkaSettings.of(BROKER.kafka().bootstrap());
        TopicAdmin.ensureTopics(settings.properties(), List.of(new NewTopic("copy.enriched", 2, (short) 1),
                new NewTopic("copy.out", 1, (short) 1)), Duration.ofSeconds(30));
        produce("copy.enriched", 0, 300);
        SinkConfig config = new SinkConfig(settings, "copy.enriched", null, "copy.out", "copy-sink", 1024, false);

        try (TopicSink sink = new TopicSink(config)) {
            Thread t = new Thread(sink::run);
            t.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (sink.written() < 300 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            sink.stop();
            t.join();
        }

        List<String> ids = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of("bootstrap.servers", BROKER.kafka().bootstrap(),
                "group.id", "copy-check", "auto.offset.reset", "earliest", "isolation.level", "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of("copy.out"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (ids.size() < 300 && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(r -> ids.add(r.key()));
            }
        }
        assertThat(ids).hasSize(300).doesNotHaveDuplicates();
    }

    private void runSinkUntil(KafkaSettings settings, String topic, Path out, int records) throws Exception {
        SegmentFiles files = SegmentFiles.rolling(out, "enriched", 16 * 1024);
        try (FileSink sink = new FileSink(settings, "resume-sink", topic, files)) {
            Thread t = new Thread(sink::run);
            t.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (sink.written() < records && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            sink.stop();
            t.join();
            assertThat(sink.written()).isEqualTo(records);
        }
    }

    private void produce(String topic, int from, int to) throws Exception {
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of("bootstrap.servers", BROKER.kafka().bootstrap(),
                "acks", "all"), new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int i = from; i < to; i++) {
                sent.add(p.send(new ProducerRecord<>(topic, "r" + i, ("{\"id\":\"r" + i + "\"}").getBytes(StandardCharsets.UTF_8))));
            }
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
        }
    }

    private void assertExactlyOnce(Path out, int n) throws IOException {
        List<JsonNode> enriched = lines(out);
        Set<String> ids = enriched.stream().map(j -> j.get("id").asText()).collect(Collectors.toSet());
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < n; i++) {
            expected.add(String.format("a%05d", i));
        }
        assertThat(enriched).hasSize(n);
        assertThat(ids).isEqualTo(expected);
        assertThat(enriched).allSatisfy(j -> {
            assertThat(j.has("casualties")).isTrue();
            assertThat(j.has("locations")).isTrue();
            assertThat(j.at("/enrichment/engine").asText()).isEqualTo("sitrep");
            assertThat(j.has("gold")).isTrue();
        });
    }

    private List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(mapper.readTree(line));
        }
        return out;
    }
}
