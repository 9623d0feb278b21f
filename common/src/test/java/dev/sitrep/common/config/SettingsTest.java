package dev.sitrep.common.config;

import dev.sitrep.common.kafka.TopicNames;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @Test
    @DisplayName("a flag beats the environment, which beats the file, which beats the default")
    void shouldLayerDefaultsFileEnvironmentAndFlags() {
        Settings none = Settings.of(Map.of(), Map.of());
        Settings file = Settings.of(Map.of("bootstrap.servers", "file:1"), Map.of());
        Settings env = Settings.of(Map.of("bootstrap.servers", "file:1"), Map.of("SITREP_BOOTSTRAP", "env:2"));

        assertThat(none.get(Setting.BOOTSTRAP, null)).isEqualTo("localhost:9092");
        assertThat(file.get(Setting.BOOTSTRAP, null)).isEqualTo("file:1");
        assertThat(env.get(Setting.BOOTSTRAP, null)).isEqualTo("env:2");
        assertThat(env.get(Setting.BOOTSTRAP, "flag:3")).isEqualTo("flag:3");
    }

    @Test
    @DisplayName("topic names come from sitrep.topic.* in the file and SITREP_TOPIC_* in the environment")
    void shouldResolveTopicNames() {
        Settings s = Settings.of(Map.of("sitrep.topic.raw", "in"), Map.of("SITREP_TOPIC_DLQ", "dead"));

        assertThat(s.topics(null, null, null)).isEqualTo(new TopicNames("in", "articles.enriched", "dead"));
        assertThat(s.topics(null, "out", null)).isEqualTo(new TopicNames("in", "out", "dead"));
    }

    @Test
    @DisplayName("client properties of the file reach the clients, sitrep's own keys do not")
    void shouldPassClientPropertiesThrough() {
        Settings s = Settings.of(Map.of("security.protocol", "SASL_SSL", "sasl.jaas.config", "secret!",
                "sitrep.topic.raw", "in", "bootstrap.servers", "b:9093"), Map.of());

        KafkaSettings kafka = s.kafka(null);

        assertThat(kafka.bootstrap()).isEqualTo("b:9093");
        assertThat(kafka.client()).containsOnlyKeys("security.protocol", "sasl.jaas.config");
        assertThat(kafka.properties(Map.of("acks", "1", "security.protocol", "PLAINTEXT")))
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("acks", "1")
                .containsEntry("bootstrap.servers", "b:9093");
    }

    @Test
    @DisplayName("secrets never show in toString")
    void shouldHideSecrets() {
        KafkaSettings kafka = new KafkaSettings("b:1", Map.of("sasl.jaas.config", "password=hunter2",
                "ssl.truststore.password", "hunter3", "security.protocol", "SASL_SSL"));

        assertThat(kafka.toString()).doesNotContain("hunter2").doesNotContain("hunter3").contains("SASL_SSL");
    }

    @Test
    @DisplayName("a bad bootstrap list is refused with the option's name")
    void shouldRejectBadBootstrap() {
        assertThatThrownBy(() -> Settings.of(Map.of(), Map.of()).kafka("localhost"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--bootstrap:");
        assertThatThrownBy(() -> KafkaSettings.checkBootstrap("a:1,b:99999"))
                .hasMessageContaining("b:99999");
        assertThat(KafkaSettings.checkBootstrap("a:1, [::1]:9092")).isEqualTo("a:1, [::1]:9092");
    }

    @Test
    @DisplayName("a bad topic name or a repeated one is refused with the option's name")
    void shouldRejectBadTopics() {
        Settings s = Settings.of(Map.of(), Map.of());

        assertThatThrownBy(() -> s.topics("bad name", null, null)).hasMessageStartingWith("--topic-raw:");
        assertThatThrownBy(() -> s.topics(null, "articles.dlq", null)).hasMessageContaining("must differ");
    }

    @Test
    @DisplayName("a missing or unreadable --kafka-config file is named in the error")
    void shouldNameMissingConfigFile(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Settings.load(dir.resolve("nope.properties"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--kafka-config:");

        Path file = dir.resolve("client.properties");
        Files.writeString(file, "security.protocol=SSL\nsitrep.topic.raw=x\n");
        assertThat(Settings.load(file, Map.of()).topics(null, null, null).raw()).isEqualTo("x");
    }

    @Test
    @DisplayName("a number that is not positive is refused with the option's name")
    void shouldCheckNumbers() {
        Setting threads = Setting.of("--threads", "SITREP_THREADS", "1");
        Settings s = Settings.of(Map.of(), Map.of("SITREP_THREADS", "zero"));

        assertThatThrownBy(() -> s.positive(threads, null)).hasMessageStartingWith("--threads:");
        assertThatThrownBy(() -> s.positive(threads, "-1")).hasMessageStartingWith("--threads:");
        assertThat(s.positive(threads, "4")).isEqualTo(4);
    }
}
