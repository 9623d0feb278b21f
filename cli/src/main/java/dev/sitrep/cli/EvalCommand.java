package dev.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep eval}: measures the engine on labelled data, one subcommand per task. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the engine on your labelled data: JSONL articles, each with a \"gold\" object (see each subcommand's --help).",
        subcommands = {EvalCasualtiesCommand.class, EvalGeoCommand.class})
final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
