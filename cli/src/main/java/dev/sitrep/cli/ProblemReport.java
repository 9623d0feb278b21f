package dev.sitrep.cli;

import java.util.function.Consumer;

/** Prints the first bad records with their file and line, then only counts them. */
final class ProblemReport implements Consumer<String> {

    static final int SHOWN = 20;

    private final Consumer<String> out;
    private int seen;

    /** @param out prints one line (through the progress bar, so the two do not run into each other) */
    ProblemReport(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public synchronized void accept(String problem) {
        seen++;
        if (seen <= SHOWN) {
            out.accept(problem);
        } else if (seen == SHOWN + 1) {
            out.accept("... (further bad records are counted in the summary, not listed)");
        }
    }
}
