package dev.sitrep.ingest;

import dev.sitrep.common.json.ErrorCode;

import java.util.Objects;

/**
 * One record read from the input, ready to send.
 *
 * @param key      the article id, or null when none could be read
 * @param value    the bytes to publish: the input as read, or for a {@code .txt} file its JSON wrapping
 * @param origin   where it was read, {@code file:line} or {@code file#index}
 * @param invalid  why it is not a valid article (it will be dead-lettered), or null when it is
 * @param problem  the reader's message when invalid, else null
 * @param sendable false when the record is too large to send at all (its value is then empty)
 */
public record InputRecord(String key, byte[] value, String origin, ErrorCode invalid, String problem,
                          boolean sendable) {

    public InputRecord {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }

    public InputRecord(String key, byte[] value, String origin, ErrorCode invalid, String problem) {
        this(key, value, origin, invalid, problem, true);
    }

    /** A record larger than any the producer may send: reported and counted, never read into memory whole. */
    public static InputRecord tooLarge(String origin, String problem) {
        return new InputRecord(null, new byte[0], origin, ErrorCode.TOO_LARGE, problem, false);
    }

    public boolean isValid() {
        return invalid == null;
    }
}
