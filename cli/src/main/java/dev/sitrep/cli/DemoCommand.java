package dev.sitrep.cli;

import dev.sitrep.common.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep demo}: the seed articles through the whole pipeline on the embedded broker. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The seed articles through the whole pipeline on an embedded broker, into out/.",
            "",
            "Starts an embedded Kafka broker, ingests seeds/, enriches, writes out/enriched.jsonl (with"
                + " out/enriched.dlq.jsonl, out/enriched.events.csv and out/enriched.events.geojson), prints a"
                + " summary and exits."},
        footer = ExitCodes.HELP)
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--seeds", paramLabel = "DIR",
            description = "Articles to run (default seeds/ here, else in the sitrep installation).")
    Path seeds;

    @Option(names = "--out-dir", paramLabel = "DIR", defaultValue = "out", description = "Where to write (default out).")
    Path outDir;

    @Mixin
    PipelineOptions pipeline;

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path in = seeds != null ? seeds : defaultSeeds();
        if (!Files.isDirectory(in)) {
            throw new ConfigException("--seeds", "no such directory: " + in);
        }
        return RunCommand.execute("demo", pipeline.resolve(List.of(in.toString()), outDir.resolve("enriched.jsonl"), env));
    }

    private Path defaultSeeds() {
        Path here = Path.of("seeds");
        String home = env.get("SITREP_HOME");
        if (Files.isDirectory(here) || home == null) {
            return here;
        }
        return Path.of(home, "seeds");
    }
}
