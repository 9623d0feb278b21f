package dev.sitrep.cli;

import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.kafka.Topics;
import dev.sitrep.ingest.Progress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The same path as {@link PipelineIT} against the official broker image; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class PipelineContainerIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:" + System.getProperty("kafka.version", "4.4.0"));

    @TempDir
    Path dir;

    @Test
    @DisplayName("ingest -> Streams -> sink on apache/kafka: every record enriched or dead-lettered exactly once")
    void shouldRunThePipelineOnTheOfficialImage() throws Exception {
        Path in = TestArticles.write(dir.resolve("in.jsonl"), 1000);
        LocalPipeline.Options options = new LocalPipeline.Options(List.of(in.toString()), dir.resolve("out.jsonl"),
                KafkaSettings.of(KAFKA.getBootstrapServers()), Map.of(), Topics.DEFAULT, 2, "exactly_once_v2", 1, 0,
                Duration.ofSeconds(120));

        LocalPipeline.Result r = new LocalPipeline(options)
                .run(new ByteArrayInputStream(new byte[0]), Progress.none(), p -> { });

        assertThat(r.complete()).as(r.problem()).isTrue();
        assertThat(r.enriched()).isEqualTo(1000);
        assertThat(r.distinctIds()).isEqualTo(1000);
        assertThat(r.deadLettered()).isEqualTo(TestArticles.badCount());
    }
}
