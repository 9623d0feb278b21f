package dev.sitrep.bench;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole bench, engine and pipeline on its own in-JVM broker, over a corpus small enough for a test and large
 * enough to time: with 200 records, an app warmed up by the processors' pass sometimes took all of them in one
 * poll, before the bench's first look at its progress.
 */
class BenchIT {

    @Test
    @DisplayName("should measure the engine, then pass-through against enrich on a real broker, and say what it measured")
    void shouldReportEveryPart() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Bench.Options options = new Bench.Options(BenchCorpus.synthetic(7, 3_000, 1_000), Duration.ZERO, 1, true, 1, 2,
                1, "exactly_once_v2", Map.of(), false, true);

        new Bench(options, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();

        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("engine alone, one thread (3,000 articles", "allocation",
                "pipeline on the embedded broker (exactly_once_v2, 2 partition(s), 1 stream thread(s)",
                "warm-up: each app 2 times over 3,000 records", "dead letters per run: 0",
                "scale-out: the enrich app on a 4-partition topic (3,000 records)");
        assertThat(report).containsPattern("(?m)^  met again +\\d+\\.\\d us/article for an article enriched again at once,"
                + " \\d+\\.\\d us the first time \\(3,000 articles\\)$");
        assertThat(report).containsPattern("(?m)^  median +[\\d,]+ +[\\d,]+ +[\\d,]+ +\\d+\\.\\d\\d +\\d+\\.\\d\\d$");
        assertThat(report).containsPattern("(?m)^  median +[\\d,]+ +[\\d,]+ +\\d+\\.\\d\\d$");
        assertThat(report).containsPattern("(?m)^  pass-through \\d+\\.\\d us, output-only \\d+\\.\\d us, enrich \\d+\\.\\d us,"
                + " CPU per article$");
        assertThat(report).containsPattern("(?m)^    enrich +\\d+\\.\\d us +\\d+\\.\\d us .* JIT +\\d+\\.\\d us  GC +\\d+\\.\\d us$");
    }
}
