package dev.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} launcher: one command per pipeline stage, plus the embedded demo. */
@Command(name = "sitrep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Streaming news enrichment: casualty counts and GeoNames locations on Kafka.",
        subcommands = {ExtractCommand.class, EvalGeoCommand.class, CommandLine.HelpCommand.class})
public final class Sitrep implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Sitrep()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
