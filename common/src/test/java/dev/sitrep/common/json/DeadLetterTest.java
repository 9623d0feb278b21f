package dev.sitrep.common.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterTest {

    @Test
    @DisplayName("a dead letter has the contract's fields")
    void shouldWriteContractFields() {
        DeadLetter d = DeadLetter.of(ErrorCode.INVALID_JSON, "bad", "articles.raw", 0, 42,
                "{x".getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-27T10:00:00Z"));

        JsonNode j = d.toJson(Json.mapper());

        assertThat(j.get("error").asText()).isEqualTo("INVALID_JSON");
        assertThat(j.get("message").asText()).isEqualTo("bad");
        assertThat(j.get("topic").asText()).isEqualTo("articles.raw");
        assertThat(j.get("partition").intValue()).isZero();
        assertThat(j.get("offset").longValue()).isEqualTo(42);
        assertThat(j.get("payload").asText()).isEqualTo("{x");
        assertThat(j.get("failedAt").asText()).isEqualTo("2026-11-27T10:00:00Z");
    }

    @Test
    @DisplayName("a long payload is cut at 64 KiB on a character boundary")
    void shouldCutPayloadOnCharBoundary() {
        byte[] big = ("x" + "é".repeat(40_000)).getBytes(StandardCharsets.UTF_8);

        String payload = DeadLetter.of(ErrorCode.TOO_LARGE, "big", null, -1, -1, big, Instant.EPOCH).payload();

        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(DeadLetter.MAX_PAYLOAD_BYTES);
        assertThat(payload).doesNotContain("\uFFFD").endsWith("é");
    }
}
