package dev.sitrep.sink;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentFilesTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("what was appended after the last commit is gone after a crash, and the offsets say where to resume")
    void shouldDropUncommittedOnReopen() throws IOException {
        Path out = dir.resolve("out.jsonl");
        SegmentFiles files = SegmentFiles.single(out);
        files.append(json("a"));
        files.commit(Map.of("t-0", 1L));
        files.append(json("b"));
        // Crash: flushed to the file but never committed.
        crash(files);

        SegmentFiles reopened = SegmentFiles.single(out);

        assertThat(reopened.offsets()).isEqualTo(Map.of("t-0", 1L));
        assertThat(Files.readAllLines(out)).containsExactly("{\"id\":\"a\"}");
        reopened.append(json("b"));
        reopened.commit(Map.of("t-0", 2L));
        reopened.close();
        assertThat(Files.readAllLines(out)).containsExactly("{\"id\":\"a\"}", "{\"id\":\"b\"}");
    }

    @Test
    @DisplayName("segments past the roll size are closed under their final name, in order")
    void shouldRollBySize() throws IOException {
        SegmentFiles files = SegmentFiles.rolling(dir, "enriched", 20);
        for (int i = 0; i < 5; i++) {
            files.append(json("article-" + i));
            files.commit(Map.of("t-0", i + 1L));
        }
        files.close();

        List<String> names = names();
        assertThat(names).contains("enriched-000000.jsonl", "enriched-000002.jsonl").noneMatch(n -> n.endsWith(".part"));
        assertThat(allLines()).hasSize(5).first().isEqualTo("{\"id\":\"article-0\"}");
    }

    @Test
    @DisplayName("a roll cut short by a crash is finished on reopen, and nothing is written twice")
    void shouldFinishInterruptedRoll() throws IOException {
        SegmentFiles files = SegmentFiles.rolling(dir, "enriched", 1000);
        files.append(json("a"));
        files.commit(Map.of("t-0", 1L));
        crash(files);
        // As if the state had moved on to segment 1 but the rename of segment 0 never happened.
        Files.writeString(dir.resolve(".enriched.sink-state.json"), "{\"segment\":1,\"length\":0,\"offsets\":{\"t-0\":1}}");

        SegmentFiles reopened = SegmentFiles.rolling(dir, "enriched", 1000);
        reopened.append(json("b"));
        reopened.commit(Map.of("t-0", 2L));
        reopened.close();

        assertThat(names()).contains("enriched-000000.jsonl", "enriched-000001.jsonl");
        assertThat(allLines()).containsExactly("{\"id\":\"a\"}", "{\"id\":\"b\"}");
    }

    @Test
    @DisplayName("a raw line break inside a JSON value becomes a space, so one record stays one line")
    void shouldKeepOneRecordPerLine() throws IOException {
        Path out = dir.resolve("out.jsonl");
        SegmentFiles files = SegmentFiles.single(out);
        files.append("{\"id\":\n\"a\"}".getBytes(StandardCharsets.UTF_8));
        files.commit(Map.of());
        files.close();

        assertThat(Files.readAllLines(out)).containsExactly("{\"id\": \"a\"}");
    }

    @Test
    @DisplayName("an output cut shorter than its committed length is refused, not silently rewritten")
    void shouldRefuseTruncatedOutput() throws IOException {
        Path out = dir.resolve("out.jsonl");
        SegmentFiles files = SegmentFiles.single(out);
        files.append(json("a"));
        files.commit(Map.of("t-0", 1L));
        files.close();
        Files.writeString(out, "");

        assertThatThrownBy(() -> SegmentFiles.single(out)).hasMessageContaining("shorter");
    }

    private static void crash(SegmentFiles files) throws IOException {
        // Flush what is buffered without committing it, as the OS would have done before a kill.
        var f = files.getClass();
        try {
            var out = f.getDeclaredField("out");
            out.setAccessible(true);
            ((java.io.OutputStream) out.get(files)).flush();
            var channel = f.getDeclaredField("channel");
            channel.setAccessible(true);
            ((java.nio.channels.FileChannel) channel.get(files)).close();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> names() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> allLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String n : names()) {
            if (n.endsWith(".jsonl")) {
                lines.addAll(Files.readAllLines(dir.resolve(n)));
            }
        }
        return lines;
    }

    private static byte[] json(String id) {
        return ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
