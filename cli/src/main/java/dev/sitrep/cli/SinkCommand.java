package dev.sitrep.cli;

import dev.sitrep.common.config.Settings;
import dev.sitrep.sink.EventsExport;
import dev.sitrep.sink.FileSink;
import dev.sitrep.sink.SegmentFiles;
import dev.sitrep.sink.SinkConfig;
import dev.sitrep.sink.TopicSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep sink}: the enriched topic to files, or to another topic. */
@Command(name = "sink", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Enriched articles to JSON-lines files, or to another topic.",
            "",
            "Writes the enriched topic to files in DIR (rolled by size, each record once, also after a"
                + " crash), or copies it to another topic in transactions. Runs until SIGTERM or Ctrl-C."},
        footer = ExitCodes.HELP)
final class SinkCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(SinkCommand.class);
    private static final Duration EVENTS_INTERVAL = Duration.ofMinutes(1);

    @Mixin
    KafkaOptions kafkaOptions;

    @Mixin
    TopicOptions topicOptions;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory for enriched-NNNNNN.jsonl segments (env SITREP_SINK_OUT).")
    Path out;

    @Option(names = "--to-topic", paramLabel = "TOPIC",
            description = "Copy to this topic instead of files (env SITREP_SINK_TO_TOPIC).")
    String toTopic;

    @Option(names = "--group-id", paramLabel = "ID", description = "Consumer group (default sitrep-sink).")
    String groupId;

    @Option(names = "--roll-bytes", paramLabel = "BYTES",
            description = "Close a segment once it is this large (default 134217728, 128 MiB).")
    Long rollBytes;

    @Option(names = "--events", description = "Also keep events.csv and events.geojson in DIR (one row or point per"
            + " casualty mention), rewritten at most once a minute while records come in, and at shutdown.")
    boolean events;

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws IOException {
        Settings settings = kafkaOptions.settings(env);
        var kafka = kafkaOptions.kafka(settings);
        var topics = topicOptions.topics(settings);
        String dir = settings.get(SinkConfig.OUT, out == null ? null : out.toString());
        SinkConfig config = new SinkConfig(kafka, topics.enriched().name(), dir == null ? null : Path.of(dir),
                settings.get(SinkConfig.TO_TOPIC, toTopic), settings.get(SinkConfig.GROUP_ID, groupId),
                settings.positive(SinkConfig.ROLL_BYTES, rollBytes == null ? null : rollBytes.toString()), events);
        return config.toTopic() != null ? toTopic(config) : toFiles(config);
    }

    private int toTopic(SinkConfig config) {
        LOG.info("sink: {} -> topic {}", config.from(), config.toTopic());
        Signals signals = new Signals();
        try (signals; TopicSink sink = new TopicSink(config)) {
            signals.onSignal(sink::stop);
            sink.run();
            LOG.info("sink: {} records copied", sink.written());
            return signals.signalled() ? ExitCodes.STOPPED : ExitCodes.OK;
        }
    }

    /** The export is derived from the files: a failure is reported and the next one rewrites it whole. */
    private static void exportEvents(SinkConfig config, SegmentFiles files) {
        try {
            EventsExport.Counts c = new EventsExport().write(files.files(),
                    config.outDir().resolve("events.csv"), config.outDir().resolve("events.geojson"));
            LOG.info("sink: events export: {} casualty mentions, {} located", c.mentions(), c.located());
        } catch (IOException | RuntimeException e) {
            LOG.warn("sink: events export failed, the files are unaffected: {}", e.toString());
        }
    }

    private int toFiles(SinkConfig config) throws IOException {
        LOG.info("sink: {} -> {}", config.from(), config.outDir());
        SegmentFiles files = SegmentFiles.rolling(config.outDir(), "enriched", config.rollBytes());
        Signals signals = new Signals();
        try (signals; FileSink sink = new FileSink(config.kafka(), config.groupId(), config.from(), files)) {
            signals.onSignal(sink::stop);
            if (config.events()) {
                long[] last = {System.nanoTime()};
                sink.afterCommit(() -> {
                    if (System.nanoTime() - last[0] >= EVENTS_INTERVAL.toNanos()) {
                        last[0] = System.nanoTime();
                        exportEvents(config, files);
                    }
                });
            }
            sink.run();
            LOG.info("sink: {} records written to {}", sink.written(), config.outDir());
            if (config.events()) {
                exportEvents(config, files);
            }
            return signals.signalled() ? ExitCodes.STOPPED : ExitCodes.OK;
        }
    }
}
