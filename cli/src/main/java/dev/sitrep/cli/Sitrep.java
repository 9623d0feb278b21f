package dev.sitrep.cli;

import dev.sitrep.common.config.ConfigException;
import dev.sitrep.embedded.EmbeddedKafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} launcher: one command per pipeline stage, plus the embedded demo. */
@Command(name = "sitrep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Streaming news enrichment: casualty counts and GeoNames locations on Kafka.",
        subcommands = {DemoCommand.class, RunCommand.class, IngestCommand.class, EnrichCommand.class,
            SinkCommand.class, ExtractCommand.class, EvalCommand.class, BenchCommand.class,
            BrokerCommand.class,
            CommandLine.HelpCommand.class},
        footer = ExitCodes.HELP)
public final class Sitrep implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Sitrep.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Sitrep())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Sitrep::handle);
    }

    /** Configuration errors name the option and exit 2; anything else is a failure, exit 1. */
    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String name = cmd.getCommandSpec().qualifiedName();
        if (e instanceof ConfigException) {
            cmd.getErr().println(name + ": " + e.getMessage());
            cmd.getErr().println("Try '" + name + " --help' for more information.");
            return ExitCodes.USAGE;
        }
        if (e instanceof EmbeddedKafkaException) {
            cmd.getErr().println(name + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        LOG.error("{} failed: {}", name, e.toString(), e);
        cmd.getErr().println(name + ": " + e);
        return ExitCodes.FAILED;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
