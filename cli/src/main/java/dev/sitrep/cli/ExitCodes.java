package dev.sitrep.cli;

/** The launcher's exit codes, listed in every command's help. */
final class ExitCodes {

    /** Done: every record was enriched or dead-lettered (dead letters are counted, not failures). */
    static final int OK = 0;
    /** The pipeline failed: a record could not be sent or accounted for, or a service stopped. */
    static final int FAILED = 1;
    /** Bad usage or configuration; the message names the option. */
    static final int USAGE = 2;
    /**
     * Stopped by a signal after a clean shutdown. The JVM itself reports a signal's status on exit
     * (130 for Ctrl-C, 143 for SIGTERM); this is what a command returns when asked to stop otherwise.
     */
    static final int STOPPED = 130;

    static final String HELP = "%nExit codes:%n"
            + "  0    done: every record enriched or dead-lettered%n"
            + "  1    failed: a record was not sent or not accounted for, or a service stopped%n"
            + "  2    bad usage or configuration (the message names the option)%n"
            + "  130  stopped by Ctrl-C (143 for SIGTERM), after a clean shutdown%n";

    private ExitCodes() {
    }
}
