package dev.sitrep.enrich.topology;

import dev.sitrep.common.config.ConfigException;
import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.config.Settings;
import dev.sitrep.common.kafka.Topics;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrichConfigTest {

    private static final Path TMP = Path.of("/tmp/state");

    @Test
    @DisplayName("exactly-once v2 by default, with the batch size that doubles its throughput")
    void shouldDefaultToExactlyOnceWithLargeBatches() {
        EnrichConfig c = EnrichConfig.resolve(Settings.of(Map.of(), Map.of()), KafkaSettings.of("b:1"),
                Topics.DEFAULT, null, null, null, null, TMP);

        Properties p = EnrichTopology.streamsConfig(c);

        assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo("exactly_once_v2");
        assertThat(p.get(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("sitrep-enrich");
        assertThat(p.get("producer.batch.size")).isEqualTo(256 * 1024);
        assertThat(p.get(StreamsConfig.STATE_DIR_CONFIG)).isEqualTo(TMP.toString());
    }

    @Test
    @DisplayName("by default one stream thread per processor, lz4 output, a transaction and a heartbeat every 500 ms")
    void shouldDefaultToOneThreadPerProcessorCompressedOutputAndHalfSecondCommits() {
        EnrichConfig c = EnrichConfig.resolve(Settings.of(Map.of(), Map.of()), KafkaSettings.of("b:1"),
                Topics.DEFAULT, null, null, null, null, TMP);

        Properties p = EnrichTopology.streamsConfig(c);

        assertThat(c.threads()).isEqualTo(Math.min(64, Runtime.getRuntime().availableProcessors()));
        assertThat(p.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG)).isEqualTo(c.threads());
        assertThat(p.get("producer.compression.type")).isEqualTo("lz4");
        assertThat(p.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(500);
        assertThat(p.get("main.consumer.heartbeat.interval.ms")).isEqualTo(500);
    }

    @Test
    @DisplayName("at-least-once keeps Streams' own commit interval; the file may set one for either guarantee")
    void shouldLeaveTheCommitIntervalOfAtLeastOnceAlone() {
        EnrichConfig atLeastOnce = EnrichConfig.resolve(Settings.of(Map.of(), Map.of()), KafkaSettings.of("b:1"),
                Topics.DEFAULT, null, "at_least_once", null, null, TMP);
        EnrichConfig fromFile = EnrichConfig.resolve(Settings.of(Map.of(), Map.of()),
                new KafkaSettings("b:1", Map.of("commit.interval.ms", "100")), Topics.DEFAULT, null, null, null, null, TMP);

        assertThat(EnrichTopology.streamsConfig(atLeastOnce)).doesNotContainKey(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG);
        assertThat(EnrichTopology.streamsConfig(fromFile).get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo("100");
    }

    @Test
    @DisplayName("the file's client properties win over the code's defaults")
    void shouldLetTheFileOverrideDefaults() {
        KafkaSettings kafka = new KafkaSettings("b:1", Map.of("producer.batch.size", "1024"));
        EnrichConfig c = EnrichConfig.resolve(Settings.of(Map.of(), Map.of()), kafka, Topics.DEFAULT,
                null, null, null, null, TMP);

        assertThat(EnrichTopology.streamsConfig(c).get("producer.batch.size")).isEqualTo("1024");
    }

    @Test
    @DisplayName("the file's unprefixed client settings win over the code's defaults prefixed for one client")
    void shouldLetUnprefixedFileSettingsOverridePrefixedDefaults() {
        KafkaSettings kafka = new KafkaSettings("b:1", Map.of("linger.ms", "50", "compression.type", "zstd",
                "consumer.heartbeat.interval.ms", "1000"));
        EnrichConfig c = EnrichConfig.resolve(Settings.of(Map.of(), Map.of()), kafka, Topics.DEFAULT,
                null, null, null, null, TMP);

        Properties p = EnrichTopology.streamsConfig(c);

        assertThat(p).doesNotContainKeys("producer.linger.ms", "producer.compression.type",
                "main.consumer.heartbeat.interval.ms");
        assertThat(p).containsEntry("linger.ms", "50").containsEntry("compression.type", "zstd")
                .containsEntry("consumer.heartbeat.interval.ms", "1000").containsEntry("producer.batch.size", 256 * 1024);
    }

    @Test
    @DisplayName("a guarantee that is not known is refused, naming --guarantee")
    void shouldRejectUnknownGuarantee() {
        Settings env = Settings.of(Map.of(), Map.of("SITREP_GUARANTEE", "exactly_once"));

        assertThatThrownBy(() -> EnrichConfig.resolve(env, KafkaSettings.of("b:1"), Topics.DEFAULT,
                null, null, null, null, TMP))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--guarantee:");
    }

    @Test
    @DisplayName("threads must be 1 to 64")
    void shouldCheckThreads() {
        assertThatThrownBy(() -> EnrichConfig.resolve(Settings.of(Map.of(), Map.of()), KafkaSettings.of("b:1"),
                Topics.DEFAULT, null, null, 0, null, TMP)).hasMessageStartingWith("--threads:");
    }
}
