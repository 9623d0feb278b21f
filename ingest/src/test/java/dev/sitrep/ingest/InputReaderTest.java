package dev.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.json.ErrorCode;
import dev.sitrep.common.json.Json;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputReaderTest {

    private final InputReader reader = new InputReader(new ArticleReader());

    @TempDir
    Path dir;

    @Test
    @DisplayName("a .txt file is one article: its text the whole file, its id the file name")
    void shouldReadTxt() throws IOException {
        Path file = write("karabakh-sochi.txt", "\uFEFFLine one.\nLine \"two\".\n");

        List<InputRecord> records = read(file);

        assertThat(records).hasSize(1);
        InputRecord r = records.get(0);
        assertThat(r.isValid()).isTrue();
        assertThat(r.key()).isEqualTo("karabakh-sochi");
        JsonNode json = Json.mapper().readTree(r.value());
        assertThat(json.get("id").asText()).isEqualTo("karabakh-sochi");
        assertThat(json.get("text").asText()).isEqualTo("Line one.\nLine \"two\".\n");
    }

    @Test
    @DisplayName("a .txt file that is not UTF-8 is sent as it is, to be dead-lettered as NOT_UTF8")
    void shouldPassOnNonUtf8Txt() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, new byte[] {'c', 'a', 'f', (byte) 0xE9});

        InputRecord r = read(file).get(0);

        assertThat(r.invalid()).isEqualTo(ErrorCode.NOT_UTF8);
        assertThat(r.key()).isEqualTo("latin1");
        assertThat(r.value()).containsExactly('c', 'a', 'f', (byte) 0xE9);
    }

    @Test
    @DisplayName("a .json file holds one article or an array of them")
    void shouldReadJsonObjectAndArray() throws IOException {
        Path one = write("one.json", "{\"id\":\"x\",\"text\":\"t\"}");
        Path many = write("many.json", "[{\"id\":\"a\",\"text\":\"t\"}, 5, {\"id\":\"c\",\"text\":\"t\"}]");

        assertThat(read(one)).extracting(InputRecord::key).containsExactly("x");
        List<InputRecord> records = read(many);
        assertThat(records).extracting(InputRecord::key).containsExactly("a", null, "c");
        assertThat(records.get(1).invalid()).isEqualTo(ErrorCode.NOT_AN_OBJECT);
        assertThat(records.get(1).origin()).endsWith("many.json#1");
    }

    @Test
    @DisplayName("a .json file that is not JSON is sent whole, to be dead-lettered")
    void shouldPassOnBrokenJsonFile() throws IOException {
        Path file = write("broken.json", "{\"text\": ");

        InputRecord r = read(file).get(0);

        assertThat(r.invalid()).isEqualTo(ErrorCode.INVALID_JSON);
        assertThat(r.origin()).endsWith("broken.json");
    }

    @Test
    @DisplayName("bad .jsonl lines are reported with their line number and do not stop the file")
    void shouldReadJsonlWithBadLines() throws IOException {
        Path file = write("in.jsonl", "{\"id\":\"a\",\"text\":\"t\"}\r\n"
                + "\n"
                + "not json\n"
                + "   \n"
                + "{\"id\":\"b\"}\n"
                + "{\"id\":\"c\",\"text\":\"t\"}");

        List<InputRecord> records = read(file);

        assertThat(records).extracting(InputRecord::key).containsExactly("a", null, null, "c");
        assertThat(records).extracting(InputRecord::invalid)
                .containsExactly(null, ErrorCode.INVALID_JSON, ErrorCode.NO_TEXT, null);
        assertThat(records).extracting(InputRecord::origin)
                .containsExactly(file + ":1", file + ":3", file + ":5", file + ":6");
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).doesNotEndWith("\r");
    }

    @Test
    @DisplayName("standard input is read as JSON lines")
    void shouldReadStdin() throws IOException {
        List<InputRecord> records = new ArrayList<>();
        byte[] in = "{\"text\":\"one\"}\n{\"text\":\"two\"}\n".getBytes(StandardCharsets.UTF_8);

        reader.readLines("-", new ByteArrayInputStream(in), records::add, Progress.Counter.NONE);

        assertThat(records).extracting(InputRecord::key)
                .containsExactly(ArticleReader.sha256Hex("one"), ArticleReader.sha256Hex("two"));
        assertThat(records.get(1).origin()).isEqualTo("-:2");
    }

    @Test
    @DisplayName("a directory is read recursively, in name order, skipping other files")
    void shouldExpandDirectories() throws IOException {
        write("b/2.txt", "two");
        write("a/1.jsonl", "{\"text\":\"one\"}");
        write("a/readme.md", "skip");

        List<Path> files = InputReader.expand(dir);

        assertThat(files).extracting(p -> dir.relativize(p).toString()).containsExactly("a/1.jsonl", "b/2.txt");
    }

    @Test
    @DisplayName("a line over the record limit is reported with its line number and never held in memory whole")
    void shouldReportOverlongLinesWithoutKeepingThem() throws IOException {
        InputReader small = new InputReader(new ArticleReader(), 100);
        String good = "{\"id\":\"a\",\"text\":\"t\"}";
        byte[] junk = new byte[250_000];
        java.util.Arrays.fill(junk, (byte) 0x07);
        java.io.ByteArrayOutputStream in = new java.io.ByteArrayOutputStream();
        in.write((good + "\n").getBytes(StandardCharsets.UTF_8));
        in.write(junk);
        in.write(("\n" + good.replace("\"a\"", "\"b\"") + "\n").getBytes(StandardCharsets.UTF_8));
        List<InputRecord> records = new ArrayList<>();

        small.readLines("in.jsonl", new ByteArrayInputStream(in.toByteArray()), records::add, bytes -> { });

        assertThat(records).extracting(InputRecord::origin).containsExactly("in.jsonl:1", "in.jsonl:2", "in.jsonl:3");
        InputRecord tooLong = records.get(1);
        assertThat(tooLong.sendable()).isFalse();
        assertThat(tooLong.invalid()).isEqualTo(ErrorCode.TOO_LARGE);
        assertThat(tooLong.problem()).contains("250000 bytes");
        assertThat(tooLong.value()).isEmpty();
        assertThat(records.get(2).key()).isEqualTo("b");
    }

    @Test
    @DisplayName("a line the JSON parser chokes on is reported with its line number and the rest of the file is read")
    void shouldReadPastALineTheParserChokesOn() throws IOException {
        Path file = write("in.jsonl", "{\"id\":\"a\",\"text\":\"t\"}\n{\"text\":\"t\",\"n\":1E+2147483648}\n"
                + "{\"id\":\"c\",\"text\":\"t\"}\n");

        List<InputRecord> records = read(file);

        assertThat(records).extracting(InputRecord::key).containsExactly("a", null, "c");
        assertThat(records.get(1).origin()).isEqualTo(file + ":2");
        assertThat(records.get(1).invalid()).isEqualTo(ErrorCode.INVALID_JSON);
    }

    @Test
    @DisplayName("a .txt file over the record limit is reported, not read")
    void shouldReportOversizedTxt() throws IOException {
        InputReader small = new InputReader(new ArticleReader(), 100);
        Path file = write("big.txt", "x".repeat(101));

        List<InputRecord> records = new ArrayList<>();
        small.read(file, records::add, bytes -> { });

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.sendable()).isFalse();
            assertThat(r.invalid()).isEqualTo(ErrorCode.TOO_LARGE);
            assertThat(r.origin()).isEqualTo(file.toString());
        });
    }

    @Test
    @DisplayName("a named file of unknown format or a missing path is refused up front")
    void shouldRefuseUnknownFormats() throws IOException {
        Path md = write("notes.md", "x");

        assertThatThrownBy(() -> InputReader.expand(md)).hasMessageContaining("unknown format");
        assertThatThrownBy(() -> InputReader.expand(dir.resolve("missing.jsonl"))).hasMessageContaining("no such file");
    }

    private List<InputRecord> read(Path file) throws IOException {
        List<InputRecord> records = new ArrayList<>();
        reader.read(file, records::add, Progress.Counter.NONE);
        return records;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
