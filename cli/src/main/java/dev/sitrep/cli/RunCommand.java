package dev.sitrep.cli;

import dev.sitrep.ingest.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep run}: the whole pipeline on the embedded broker, for any input. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The whole pipeline on an embedded broker, for any input.",
            "",
            "Runs ingest -> enrich -> sink on an embedded Kafka broker (or the cluster of --bootstrap) and"
                + " exits when every record is enriched or dead-lettered. Beside OUT: OUT.dlq.jsonl (dead letters),"
                + " OUT.events.csv and OUT.events.geojson (one row or point per casualty mention)."},
        footer = ExitCodes.HELP)
final class RunCommand implements Callable<Integer> {

    @Option(names = "--in", arity = "1..*", required = true, paramLabel = "PATH",
            description = "Articles: .txt, .json, .jsonl, directories, or - for standard input.")
    List<String> in;

    @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "Enriched articles, one a line.")
    Path out;

    @Mixin
    PipelineOptions pipeline;

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws IOException, InterruptedException {
        return execute("run", pipeline.resolve(in, out, env));
    }

    static int execute(String command, LocalPipeline.Options options) throws IOException, InterruptedException {
        LocalPipeline run = new LocalPipeline(options);
        LocalPipeline.Result result;
        try (Signals signals = new Signals()) {
            signals.onSignal(run::stop);
            Progress bar = System.console() == null ? Progress.none() : Progress.bar(System.err, -1);
            result = run.run(System.in, bar, new ProblemReport(line -> bar.println(System.err, line)));
            RunReport.print(command, result, System.out);
            if (signals.signalled()) {
                return ExitCodes.STOPPED;
            }
        }
        return result.complete() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
