package dev.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.json.ErrorCode;
import dev.sitrep.common.json.InvalidArticleException;
import dev.sitrep.common.json.Json;
import dev.sitrep.common.json.ParsedArticle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from {@code .txt} (one article a file), {@code .json} (an object or an array of them),
 * {@code .jsonl} lines, directories (recursively, in name order) and standard input (JSON lines).
 *
 * <p>A bad line or element does not stop the file: it becomes an invalid {@link InputRecord} with its
 * origin, and the enrich app dead-letters it. Stateless and thread-safe.
 */
public final class InputReader {

    /** The path that means standard input. */
    public static final String STDIN = "-";

    /** Largest record read into memory: the producer's request limit, so nothing sendable is refused. */
    public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

    /** Largest {@code .json} file parsed as a whole; larger inputs belong in {@code .jsonl}, read line by line. */
    public static final long MAX_JSON_FILE_BYTES = 64L * 1024 * 1024;

    private final ArticleReader articles;
    private final ObjectMapper mapper;
    private final int maxRecordBytes;

    public InputReader(ArticleReader articles) {
        this(articles, MAX_RECORD_BYTES);
    }

    /** Lines and {@code .txt} files over {@code maxRecordBytes} are reported as too large without being kept. */
    public InputReader(ArticleReader articles, int maxRecordBytes) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.mapper = Json.mapper(articles.limits().maxDepth());
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
        }
        this.maxRecordBytes = maxRecordBytes;
    }

    /** The input formats, told by file extension. */
    public enum Format {
        TXT, JSON, JSONL;

        /** The format of a file name, or null when sitrep does not read it. */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt")) {
                return TXT;
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return JSONL;
            }
            if (name.endsWith(".json")) {
                return JSON;
            }
            return null;
        }
    }

    /**
     * The files a path stands for: itself, or every readable file under a directory, sorted.
     *
     * @throws IllegalArgumentException when the path does not exist or a named file has an unknown extension
     */
    public static List<Path> expand(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                return walk.filter(Files::isRegularFile).filter(p -> Format.of(p) != null).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("no such file or directory: " + path);
        }
        if (Format.of(path) == null) {
            throw new IllegalArgumentException(path + ": unknown format; name it .txt, .json or .jsonl");
        }
        return List.of(path);
    }

    /** Reads one file, handing each record to {@code sink} and each byte count read to {@code progress}. */
    public void read(Path file, Consumer<InputRecord> sink, Progress.Counter progress) throws IOException {
        switch (Objects.requireNonNull(Format.of(file), () -> "unknown format: " + file)) {
            case TXT -> readTxt(file, sink, progress);
            case JSON -> readJson(file, sink, progress);
            case JSONL -> {
                try (InputStream in = Files.newInputStream(file)) {
                    readLines(file.toString(), in, sink, progress);
                }
            }
        }
    }

    /**
     * Reads JSON lines from a stream ({@code -} for standard input). A line longer than the record limit is
     * counted, not kept: binary junk without line breaks costs no more memory than one record.
     */
    public void readLines(String name, InputStream in, Consumer<InputRecord> sink, Progress.Counter progress)
            throws IOException {
        byte[] buf = new byte[1 << 16];
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        long lineNo = 0;
        long lineLength = 0;
        int n;
        while ((n = in.read(buf)) != -1) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    lineLength += append(line, buf, from, i - from, lineLength);
                    from = i + 1;
                    emitLine(line, lineLength, name, ++lineNo, sink, progress);
                    lineLength = 0;
                }
            }
            lineLength += append(line, buf, from, n - from, lineLength);
        }
        if (lineLength > 0) {
            emitLine(line, lineLength, name, ++lineNo, sink, progress);
        }
    }

    /** Keeps a piece of a line while the line is within the limit; returns the piece's length. */
    private int append(ByteArrayOutputStream line, byte[] buf, int from, int length, long lineLength) {
        if (lineLength + length <= maxRecordBytes) {
            line.write(buf, from, length);
        } else if (line.size() > 0) {
            line.reset();
        }
        return length;
    }

    private void emitLine(ByteArrayOutputStream line, long lineLength, String name, long lineNo,
                          Consumer<InputRecord> sink, Progress.Counter progress) {
        progress.add(lineLength + 1L);
        String origin = name + ":" + lineNo;
        if (lineLength > maxRecordBytes) {
            line.reset();
            sink.accept(InputRecord.tooLarge(origin, "the line is " + lineLength + " bytes, over the "
                    + maxRecordBytes + " a record may have; not sent"));
            return;
        }
        byte[] bytes = stripCr(line.toByteArray());
        line.reset();
        if (!isBlank(bytes)) {
            sink.accept(record(bytes, origin));
        }
    }

    private void readTxt(Path file, Consumer<InputRecord> sink, Progress.Counter progress) throws IOException {
        long size = Files.size(file);
        if (size > maxRecordBytes) {
            progress.add(size);
            sink.accept(InputRecord.tooLarge(file.toString(), "the file is " + size + " bytes, over the "
                    + maxRecordBytes + " a record may have; not sent"));
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        progress.add(bytes.length);
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".txt".length());
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Sent as it is: the enrich app dead-letters it as NOT_UTF8 with the bytes it saw.
            sink.accept(new InputRecord(id, bytes, file.toString(), ErrorCode.NOT_UTF8,
                    "the file is not valid UTF-8"));
            return;
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        ObjectNode article = mapper.createObjectNode();
        article.put("id", id);
        article.put("text", text);
        byte[] value = mapper.writeValueAsBytes(article);
        InputRecord checked = record(value, file.toString());
        sink.accept(new InputRecord(id, value, checked.origin(), checked.invalid(), checked.problem()));
    }

    private void readJson(Path file, Consumer<InputRecord> sink, Progress.Counter progress) throws IOException {
        long size = Files.size(file);
        if (size > MAX_JSON_FILE_BYTES) {
            progress.add(size);
            sink.accept(InputRecord.tooLarge(file.toString(), "the file is " + size + " bytes, over the "
                    + MAX_JSON_FILE_BYTES + " read as one JSON document; write it as .jsonl, one article a line"));
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        progress.add(bytes.length);
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            tree = null;
        }
        if (tree != null && tree.isArray()) {
            int i = 0;
            for (JsonNode element : tree) {
                sink.accept(record(mapper.writeValueAsBytes(element), file + "#" + i++));
            }
            return;
        }
        // One article, or not JSON at all: sent whole so that a bad file is dead-lettered with its payload.
        sink.accept(record(bytes, file.toString()));
    }

    /** Checks one raw value; invalid ones keep the reader's code and message. */
    InputRecord record(byte[] value, String origin) {
        try {
            ParsedArticle article = articles.read(value);
            return new InputRecord(article.id(), value, origin, null, null);
        } catch (InvalidArticleException e) {
            return new InputRecord(null, value, origin, e.code(), e.getMessage());
        }
    }

    private static byte[] stripCr(byte[] line) {
        int n = line.length;
        if (n > 0 && line[n - 1] == '\r') {
            byte[] shorter = new byte[n - 1];
            System.arraycopy(line, 0, shorter, 0, n - 1);
            return shorter;
        }
        return line;
    }

    private static boolean isBlank(byte[] line) {
        for (byte c : line) {
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
