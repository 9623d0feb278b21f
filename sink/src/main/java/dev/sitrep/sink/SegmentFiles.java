package dev.sitrep.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.json.Json;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON-lines output that holds each input record once, even across crashes: the input positions written
 * so far are stored beside the files, in a state file replaced atomically after the data is on disk.
 *
 * <p>Records go to the open segment ({@code PREFIX-000003.jsonl.part}). {@link #commit} forces the data
 * to disk, then records the segment's length and the next input offsets in the state file. On open, the
 * open segment is cut back to the recorded length, so what was written after the last commit (and will
 * be read again from the recorded offsets) is gone. A segment past the roll size is closed by renaming
 * it to {@code PREFIX-000003.jsonl}: the state names the next segment first, so a crash between the two
 * steps is finished on the next open. In single-file mode there is one segment, the file itself.
 *
 * <p>Not thread-safe: one consumer loop owns it.
 */
public final class SegmentFiles implements Closeable {

    private static final ObjectMapper MAPPER = Json.mapper();

    private final Path dir;
    private final String prefix;
    private final Path single;
    private final long rollBytes;
    private final Path stateFile;

    private final Map<String, Long> offsets = new HashMap<>();
    private int segment;
    private long length;
    private FileChannel channel;
    private OutputStream out;
    private long records;

    private SegmentFiles(Path dir, String prefix, Path single, long rollBytes, Path stateFile) throws IOException {
        this.dir = dir;
        this.prefix = prefix;
        this.single = single;
        this.rollBytes = rollBytes;
        this.stateFile = stateFile;
        Files.createDirectories(dir);
        recover();
    }

    /** Segments {@code PREFIX-NNNNNN.jsonl} in {@code dir}, each closed once past {@code rollBytes}. */
    public static SegmentFiles rolling(Path dir, String prefix, long rollBytes) throws IOException {
        if (rollBytes <= 0) {
            throw new IllegalArgumentException("rollBytes must be positive: " + rollBytes);
        }
        if (!prefix.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("prefix must be letters, digits, . _ -: " + prefix);
        }
        return new SegmentFiles(dir, prefix, null, rollBytes, dir.resolve("." + prefix + ".sink-state.json"));
    }

    /** One file, never rolled; its state file sits beside it. */
    public static SegmentFiles single(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        return new SegmentFiles(abs.getParent(), null, abs, Long.MAX_VALUE, singleState(abs));
    }

    /** Deletes a single-file output and its state, so that the next {@link #single} starts afresh. */
    public static void discard(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.deleteIfExists(abs);
        Files.deleteIfExists(singleState(abs));
    }

    private static Path singleState(Path abs) {
        return abs.resolveSibling("." + abs.getFileName() + ".sink-state.json");
    }

    /** The input offsets to resume from, {@code topic-partition} to the next offset to read. */
    public Map<String, Long> offsets() {
        return Map.copyOf(offsets);
    }

    /** Records appended since this object was opened. */
    public long records() {
        return records;
    }

    /** Appends one JSON value as a line. A raw line break can only be whitespace in JSON: it becomes a space. */
    public void append(byte[] json) throws IOException {
        for (byte b : json) {
            out.write(b == '\n' || b == '\r' ? ' ' : b);
        }
        out.write('\n');
        records++;
    }

    /** Makes everything appended durable, with {@code nextOffsets} as the input position reached. */
    public void commit(Map<String, Long> nextOffsets) throws IOException {
        out.flush();
        channel.force(false);
        length = channel.size();
        offsets.putAll(nextOffsets);
        if (length >= rollBytes) {
            roll();
        } else {
            writeState();
        }
    }

    /** The closed segments and the open one, in order. */
    public List<Path> files() throws IOException {
        if (single != null) {
            return List.of(single);
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i <= segment; i++) {
            if (Files.exists(closed(i))) {
                files.add(closed(i));
            } else if (i == segment && Files.exists(open(i))) {
                files.add(open(i));
            }
        }
        return files;
    }

    /** Closes the open segment; call {@link #commit} first, or what was appended since is dropped on reopen. */
    @Override
    public void close() throws IOException {
        out.flush();
        long size = channel.size();
        if (single == null && size > 0 && size == length) {
            roll();
        }
        out.close();
        channel.close();
        if (single == null && length == 0) {
            Files.deleteIfExists(open(segment));
        }
    }

    private void roll() throws IOException {
        out.flush();
        out.close();
        channel.close();
        int closing = segment;
        segment++;
        length = 0;
        writeState();
        move(open(closing), closed(closing));
        openSegment();
    }

    private void recover() throws IOException {
        if (Files.exists(stateFile)) {
            JsonNode state = MAPPER.readTree(stateFile.toFile());
            segment = state.path("segment").asInt();
            length = state.path("length").asLong();
            state.path("offsets").fields().forEachRemaining(e -> offsets.put(e.getKey(), e.getValue().asLong()));
        }
        if (single == null) {
            finishInterruptedWork();
        }
        Path current = open(segment);
        if (Files.exists(current) && Files.size(current) < length) {
            throw new IOException(current + " is shorter (" + Files.size(current) + " bytes) than its committed "
                    + length + " bytes: the output was changed behind the sink's back");
        }
        if (!Files.exists(current) && length > 0) {
            throw new IOException(current + " is missing but holds " + length + " committed bytes");
        }
        openSegment();
        channel.truncate(length);
        channel.position(length);
    }

    /** Closes segments a crash left between state and rename; deletes any begun after the last commit. */
    private void finishInterruptedWork() throws IOException {
        Pattern part = Pattern.compile(Pattern.quote(prefix) + "-(\\d{6,})\\.jsonl\\.part");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Matcher m = part.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                int index = Integer.parseInt(m.group(1));
                if (index < segment) {
                    move(f, closed(index));
                } else if (index > segment) {
                    Files.delete(f);
                }
            }
        }
    }

    private void openSegment() throws IOException {
        channel = FileChannel.open(open(segment), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.position(channel.size());
        out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    private void writeState() throws IOException {
        ObjectNode state = MAPPER.createObjectNode();
        state.put("segment", segment);
        state.put("length", length);
        ObjectNode o = state.putObject("offsets");
        offsets.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> o.put(e.getKey(), e.getValue()));
        Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            c.write(ByteBuffer.wrap(MAPPER.writeValueAsBytes(state)));
            c.force(true);
        }
        move(tmp, stateFile);
    }

    private void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDir();
    }

    private void syncDir() {
        // Makes the rename itself durable; some file systems cannot open a directory, and then it is moot.
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // best effort
        }
    }

    private Path open(int index) {
        return single != null ? single : dir.resolve(String.format(Locale.ROOT, "%s-%06d.jsonl.part", prefix, index));
    }

    private Path closed(int index) {
        return single != null ? single : dir.resolve(String.format(Locale.ROOT, "%s-%06d.jsonl", prefix, index));
    }

    /** The state file, for tests and for removing the state of a finished run. */
    public Path stateFile() {
        return Objects.requireNonNull(stateFile);
    }
}
