package dev.sitrep.cli;

import dev.sitrep.common.config.Settings;
import dev.sitrep.ingest.IngestConfig;
import dev.sitrep.ingest.IngestSummary;
import dev.sitrep.ingest.Ingester;
import dev.sitrep.ingest.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep ingest}: publishes articles to the raw topic. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Publish articles to the raw topic, keyed by article id.",
            "",
            "Idempotent producer, acks=all, every send checked. Reads .txt (one article a file, id = file"
                + " name), .json (an object or an array), .jsonl, directories (recursively) and - for standard"
                + " input (JSON lines). Invalid records are reported with file and line and sent on to be"
                + " dead-lettered, unless --skip-invalid."},
        footer = ExitCodes.HELP)
final class IngestCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafkaOptions;

    @Mixin
    TopicOptions topicOptions;

    @Mixin
    LimitOptions limitOptions;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Option(names = "--skip-invalid", description = "Report invalid records but do not send them.")
    boolean skipInvalid;

    @Option(names = "--delivery-timeout", paramLabel = "SECONDS",
            description = "Give up on a record the cluster has not acknowledged after this long, report what was"
                    + " not sent and exit 1 (env SITREP_DELIVERY_TIMEOUT; default the client's delivery.timeout.ms,"
                    + " 120 s).")
    Long deliveryTimeout;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar when standard error is a terminal (default: on).")
    boolean progress;

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() {
        Settings settings = kafkaOptions.settings(env);
        String timeout = settings.get(IngestConfig.DELIVERY_TIMEOUT, deliveryTimeout == null ? null : deliveryTimeout.toString());
        IngestConfig config = new IngestConfig(kafkaOptions.kafka(settings), topicOptions.topics(settings).raw(),
                paths, skipInvalid, limitOptions.limits(settings),
                timeout == null ? null : Duration.ofSeconds(settings.positive(IngestConfig.DELIVERY_TIMEOUT, timeout)));
        IngestSummary summary;
        Signals signals = new Signals();
        try (signals;
             Ingester ingester = new Ingester(config);
             Progress bar = progressBar(config)) {
            signals.onSignal(ingester::stop);
            summary = ingester.ingest(System.in, bar, new ProblemReport(line -> bar.println(System.err, line)));
            bar.close();
            System.err.println(summary.line());
            if (signals.signalled()) {
                return ExitCodes.STOPPED;
            }
        }
        return summary.complete() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private Progress progressBar(IngestConfig config) {
        if (!progress || System.console() == null) {
            return Progress.none();
        }
        long total = 0;
        for (String f : config.files()) {
            try {
                total = f.equals("-") || total < 0 ? -1 : total + Files.size(Path.of(f));
            } catch (IOException e) {
                total = -1;
            }
        }
        // A bar for a few kilobytes only flickers.
        return total >= 0 && total < 1024 * 1024 ? Progress.none() : Progress.bar(System.err, total);
    }
}
