package dev.sitrep.ingest;

import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.json.ArticleLimits;
import dev.sitrep.common.kafka.Topics;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class IngesterTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("sends every record keyed by id, with its origin, and sums up read, sent and invalid")
    void shouldSendAndSummarize() throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"t\"}\nnope\n{\"id\":\"c\",\"text\":\"t\"}\n");
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        List<String> problems = new ArrayList<>();

        IngestSummary s;
        try (Ingester ingester = new Ingester(config(file, false), producer, "run-1")) {
            s = ingester.ingest(new ByteArrayInputStream(new byte[0]), Progress.none(), problems::add);
        }

        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("a", null, "c");
        ProducerRecord<String, byte[]> first = producer.history().get(0);
        assertThat(new String(first.headers().lastHeader(Ingester.ORIGIN_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(file + ":1");
        assertThat(first.headers().lastHeader(Ingester.RUN_HEADER).value()).isEqualTo("run-1".getBytes(StandardCharsets.UTF_8));
        assertThat(s.read()).isEqualTo(3);
        assertThat(s.sent()).isEqualTo(3);
        assertThat(s.invalidSent()).isEqualTo(Map.of("INVALID_JSON", 1L));
        assertThat(s.complete()).isTrue();
        assertThat(problems).singleElement().asString().startsWith(file + ":2: INVALID_JSON");
        assertThat(s.line()).contains("read 3", "sent 3", "INVALID_JSON 1", "rejected 0");
    }

    @Test
    @DisplayName("with --skip-invalid a bad record is reported and rejected, not sent")
    void shouldSkipInvalid() throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"t\"}\n[]\n");
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());

        IngestSummary s = new Ingester(config(file, true), producer, null)
                .ingest(new ByteArrayInputStream(new byte[0]), Progress.none(), p -> { });

        assertThat(producer.history()).hasSize(1);
        assertThat(s.rejected()).isEqualTo(Map.of("NOT_AN_OBJECT", 1L));
        assertThat(s.sent()).isEqualTo(1);
    }

    @Test
    @DisplayName("a failed send is counted, so ingest never claims a record it lost")
    void shouldCountFailedSends() throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"t\"}\n{\"id\":\"b\",\"text\":\"t\"}\n");
        Ingester ingester = new Ingester(config(file, false),
                failingFor("b", new TimeoutException("broker gone")), null);

        IngestSummary s = ingester.ingest(new ByteArrayInputStream(new byte[0]), Progress.none(), p -> { });

        assertThat(s.sent()).isEqualTo(1);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.complete()).isFalse();
        assertThat(s.line()).contains("FAILED 1", "NOT SENT: " + file + ":2");
    }

    @Test
    @DisplayName("after a send fails for good, ingest stops and names every record it did not send, by file and line")
    void shouldNameTheRecordsNotSent() throws IOException {
        Path file = dir.resolve("in.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            lines.append("{\"id\":\"r").append(i).append("\",\"text\":\"t\"}\n");
        }
        Files.writeString(file, lines);
        Path second = Files.writeString(dir.resolve("later.jsonl"), "{\"id\":\"z\",\"text\":\"t\"}\n");
        List<String> problems = new ArrayList<>();
        IngestConfig config = new IngestConfig(KafkaSettings.of("localhost:9092"), Topics.DEFAULT.raw(),
                List.of(file.toString(), second.toString()), false, ArticleLimits.DEFAULT);
        Ingester ingester = new Ingester(config, failingFor("r3", new TimeoutException("Expiring 1 record(s)")), null);

        IngestSummary s = ingester.ingest(new ByteArrayInputStream(new byte[0]), Progress.none(), problems::add);

        assertThat(s.sent()).isEqualTo(3);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.complete()).isFalse();
        assertThat(s.unsent()).isEqualTo(file + ":4; everything from " + file + ":5 on; " + second);
        assertThat(problems).contains(file + ":4: NOT_SENT: Expiring 1 record(s)");
    }

    @Test
    @DisplayName("stop ends a read of standard input that is blocked waiting for more")
    void shouldStopWhileStandardInputIsOpen() throws Exception {
        java.io.PipedOutputStream feed = new java.io.PipedOutputStream();
        java.io.PipedInputStream stdin = new java.io.PipedInputStream(feed, 1 << 16);
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        IngestConfig config = new IngestConfig(KafkaSettings.of("localhost:9092"), Topics.DEFAULT.raw(),
                List.of("-"), false, ArticleLimits.DEFAULT);
        Ingester ingester = new Ingester(config, producer, null);
        feed.write("{\"id\":\"a\",\"text\":\"t\"}\n".getBytes(StandardCharsets.UTF_8));
        feed.flush();
        CompletableFuture<IngestSummary> summary = CompletableFuture.supplyAsync(
                () -> ingester.ingest(stdin, Progress.none(), p -> { }));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (producer.history().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        ingester.stop();

        IngestSummary s = summary.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(s.sent()).isEqualTo(1);
        assertThat(s.stopped()).isTrue();
        feed.close();
    }

    @Test
    @DisplayName("a file too large to send is reported and rejected, not read or sent")
    void shouldRejectUnsendableRecords() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[InputReader.MAX_RECORD_BYTES + 1]);
        Path file = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"a\",\"text\":\"t\"}\n");
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        List<String> problems = new ArrayList<>();
        IngestConfig config = new IngestConfig(KafkaSettings.of("localhost:9092"), Topics.DEFAULT.raw(),
                List.of(big.toString(), file.toString()), false, ArticleLimits.DEFAULT);

        IngestSummary s = new Ingester(config, producer, null)
                .ingest(new ByteArrayInputStream(new byte[0]), Progress.none(), problems::add);

        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("a");
        assertThat(s.rejected()).isEqualTo(Map.of("TOO_LARGE", 1L));
        assertThat(s.complete()).isTrue();
        assertThat(problems).singleElement().asString().startsWith(big + ": TOO_LARGE");
    }

    @Test
    @DisplayName("a delivery timeout bounds retries, each request and a send blocked on a missing broker")
    void shouldBoundEveryWaitByTheDeliveryTimeout() {
        IngestConfig config = new IngestConfig(KafkaSettings.of("localhost:9092"), Topics.DEFAULT.raw(), List.of("-"),
                false, ArticleLimits.DEFAULT, java.time.Duration.ofSeconds(5));

        var p = config.producerProperties();

        assertThat(p).containsEntry("delivery.timeout.ms", 5000).containsEntry("max.block.ms", 5000L)
                .containsEntry("request.timeout.ms", 4990);
    }

    @Test
    @DisplayName("a record the cluster finds too large is rejected with the reason, not counted as lost")
    void shouldRejectTooLarge() throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"t\"}\n");
        List<String> problems = new ArrayList<>();
        Ingester ingester = new Ingester(config(file, false), failingFor("a", new RecordTooLargeException("too big")), null);

        IngestSummary s = ingester.ingest(new ByteArrayInputStream(new byte[0]), Progress.none(), problems::add);

        assertThat(s.rejected()).isEqualTo(Map.of("TOO_LARGE", 1L));
        assertThat(s.failed()).isZero();
        assertThat(problems).singleElement().asString().contains(file + ":1: TOO_LARGE");
    }

    /** Acknowledges every record except the one keyed {@code key}, which fails with {@code error}. */
    private static MockProducer<String, byte[]> failingFor(String key, RuntimeException error) {
        return new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer()) {
            @Override
            public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
                if (key.equals(record.key())) {
                    callback.onCompletion(null, error);
                    return CompletableFuture.failedFuture(error);
                }
                return super.send(record, callback);
            }
        };
    }

    private static IngestConfig config(Path file, boolean skipInvalid) {
        return new IngestConfig(KafkaSettings.of("localhost:9092"), Topics.DEFAULT.raw(), List.of(file.toString()),
                skipInvalid, ArticleLimits.DEFAULT);
    }
}
