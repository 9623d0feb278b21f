package dev.sitrep.common.kafka;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

    @Test
    @DisplayName("the defaults are the contract's topic names")
    void shouldUseContractNames() {
        assertThat(Topics.DEFAULT.names()).isEqualTo(new TopicNames("articles.raw", "articles.enriched", "articles.dlq"));
        assertThat(Topics.DEFAULT.all()).extracting(Topic::name)
                .containsExactly("articles.raw", "articles.enriched", "articles.dlq");
    }

    @Test
    @DisplayName("keys are UTF-8 strings and values stay raw bytes")
    void shouldCarryTheSerdes() {
        Topic<String, byte[]> raw = Topics.DEFAULT.raw();
        byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28};

        assertThat(raw.keySerde().serializer().serialize(raw.name(), "Sochi-ö"))
                .isEqualTo("Sochi-ö".getBytes(StandardCharsets.UTF_8));
        assertThat(raw.valueSerde().deserializer().deserialize(raw.name(), notUtf8)).isEqualTo(notUtf8);
    }
}
