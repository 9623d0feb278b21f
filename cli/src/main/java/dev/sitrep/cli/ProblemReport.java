package dev.sitrep.cli;

import java.io.PrintStream;
import java.util.function.Consumer;

/** Prints the first bad records with their file and line, then only counts them. */
final class ProblemReport implements Consumer<String> {

    static final int SHOWN = 20;

    private final PrintStream out;
    private int seen;

    ProblemReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void accept(String problem) {
        seen++;
        if (seen <= SHOWN) {
            out.println(problem);
        } else if (seen == SHOWN + 1) {
            out.println("... (further bad records are counted in the summary, not listed)");
        }
    }
}
