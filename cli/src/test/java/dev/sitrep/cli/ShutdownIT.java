package dev.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.json.Json;
import dev.sitrep.common.kafka.TopicAdmin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGTERM while a command is busy with input that has not ended: it commits what is in flight, reports, exits 143. */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ShutdownIT {

    @RegisterExtension
    static final BrokerPerClass BROKER = new BrokerPerClass();
    private final ObjectMapper mapper = Json.mapper();

    @TempDir
    Path dir;

    @Test
    @DisplayName("ingest reading an open standard input stops on SIGTERM with everything it read sent and reported")
    void shouldStopIngestCleanly() throws Exception {
        TopicAdmin.ensureTopics(KafkaSettings.of(BROKER.kafka().bootstrap()).properties(),
                List.of(new NewTopic("term.raw", 2, (short) 1)), Duration.ofSeconds(30));
        List<String> args = List.of("ingest", "--bootstrap", BROKER.kafka().bootstrap(), "--topic-raw", "term.raw", "--no-progress", "-");
        try (ChildSitrep ingest = ChildSitrep.start(dir.resolve("ingest.log"), args)) {
            writeArticles(ingest.stdin(), 0, 2_000);
            ingest.awaitValue(() -> TopicContents.endOffsetSum(BROKER.kafka().bootstrap(), "term.raw", "read_uncommitted"), 2_000);

            long t = System.nanoTime();
            int code = ingest.terminate();
            double took = (System.nanoTime() - t) / 1e9;

            String out = ingest.output();
            System.out.printf(Locale.ROOT, "FIGURES SIGTERM ingest: exit %d after %.1f s: %s%n", code, took,
                    out.lines().filter(l -> l.startsWith("ingest:")).findFirst().orElse(out));
            assertThat(code).isEqualTo(143);
            assertThat(out).contains("read 2000", "sent 2000", "stopped before the end of the input");
        }
        List<ConsumerRecord<String, byte[]>> raw = TopicContents.read(BROKER.kafka().bootstrap(), "term.raw", "read_committed");
        assertThat(raw).extracting(ConsumerRecord::key).hasSize(2_000).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("run stops on SIGTERM with its output holding each record read once, and prints its report")
    void shouldStopRunCleanly() throws Exception {
        Path out = dir.resolve("out.jsonl");
        List<String> args = List.of("run", "--in", "-", "--out", out.toString());
        try (ChildSitrep run = ChildSitrep.start(dir.resolve("run.log"), args)) {
            writeArticles(run.stdin(), 0, 1_000);
            run.awaitValue(() -> lines(out), 1_000);

            int code = run.terminate();

            String log = run.output();
            System.out.printf(Locale.ROOT, "FIGURES SIGTERM run: exit %d, %d lines in the output%n", code, lines(out));
            assertThat(code).as(log).isEqualTo(143);
            assertThat(log).contains("sitrep run:", "enriched", "1,000");
        }
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            ids.add(mapper.readTree(line).path("id").asText());
        }
        assertThat(ids).hasSize(1_000).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("extract stops on SIGTERM after the line in hand, its output whole line by line")
    void shouldStopExtractCleanly() throws Exception {
        Path in = dir.resolve("many.jsonl");
        TestArticles.writeMixed(in, 100_000, 1_000);
        Path out = dir.resolve("extracted.jsonl");
        List<String> args = List.of("extract", "--in", in.toString(), "--out", out.toString());
        int code;
        String log;
        try (ChildSitrep extract = ChildSitrep.start(dir.resolve("extract.log"), args)) {
            extract.awaitValue(() -> Files.exists(out) ? sizeOf(out) : 0, 1);

            code = extract.terminate();
            log = extract.output();
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "FIGURES SIGTERM extract: exit %d, %d whole lines written%n", code, lines.size());
        assertThat(code).as(log).isEqualTo(143);
        assertThat(log).contains("extract: stopped after line");
        assertThat(lines).isNotEmpty().hasSizeLessThan(100_000);
        for (String line : lines) {
            assertThat(mapper.readTree(line).has("casualties")).isTrue();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).size() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void writeArticles(OutputStream out, int from, int to) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(String.format(Locale.ROOT, "{\"id\":\"t%05d\",\"text\":\"Two soldiers were wounded near Avdiivka.\"}%n", i));
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
