package dev.sitrep.common.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * A record that could not be enriched, in the contract's dead-letter format.
 *
 * @param error     the error code
 * @param message   what was wrong, for a human
 * @param topic     the topic the record came from, or null outside Kafka
 * @param partition its partition, or -1
 * @param offset    its offset, or -1
 * @param payload   the raw value as text (malformed UTF-8 replaced), cut at {@link #MAX_PAYLOAD_BYTES}
 * @param failedAt  when it was dead-lettered
 */
public record DeadLetter(ErrorCode error, String message, String topic, int partition, long offset,
                         String payload, Instant failedAt) {

    /** Payloads longer than 64 KiB are cut; the message says the original size. */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    public DeadLetter {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(failedAt, "failedAt");
    }

    /** A dead letter for a raw value: its payload is the value decoded leniently and cut at 64 KiB. */
    public static DeadLetter of(ErrorCode error, String message, String topic, int partition, long offset,
                                byte[] value, Instant failedAt) {
        return new DeadLetter(error, message, topic, partition, offset, payloadText(value), failedAt);
    }

    static String payloadText(byte[] value) {
        if (value == null) {
            return null;
        }
        int n = Math.min(value.length, MAX_PAYLOAD_BYTES);
        // Back off to a character boundary so a cut never splits a UTF-8 sequence.
        while (n < value.length && n > 0 && (value[n] & 0xC0) == 0x80) {
            n--;
        }
        return new String(value, 0, n, StandardCharsets.UTF_8);
    }

    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode j = mapper.createObjectNode();
        j.put("error", error.name());
        j.put("message", message);
        j.put("topic", topic);
        j.put("partition", partition);
        j.put("offset", offset);
        j.put("payload", payload);
        j.put("failedAt", failedAt.toString());
        return j;
    }
}
