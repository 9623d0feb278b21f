package dev.sitrep.ingest;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on a terminal, redrawn at most a few times a second; or nothing. */
public final class Progress implements AutoCloseable {

    /** Receives the number of input bytes consumed. */
    @FunctionalInterface
    public interface Counter {
        Counter NONE = bytes -> { };

        void add(long bytes);
    }

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final long totalBytes;
    private final long startNanos = System.nanoTime();
    private long bytes;
    private long records;
    private long lastDraw;
    private boolean drawn;
    private int width;

    private Progress(PrintStream out, long totalBytes) {
        this.out = out;
        this.totalBytes = totalBytes;
    }

    /** A bar on {@code out}, for input of {@code totalBytes} (or -1 when unknown, as for standard input). */
    public static Progress bar(PrintStream out, long totalBytes) {
        return new Progress(out, totalBytes);
    }

    /** Shows nothing. */
    public static Progress none() {
        return new Progress(null, -1);
    }

    public Counter counter() {
        return this::addBytes;
    }

    synchronized void addBytes(long n) {
        bytes += n;
        maybeDraw();
    }

    synchronized void addRecord() {
        records++;
    }

    private void maybeDraw() {
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        String line = line(now);
        out.print('\r' + line + " ".repeat(Math.max(0, width - line.length())));
        out.flush();
        width = line.length();
        drawn = true;
    }

    /** Prints a message on its own line, clearing the bar first; the bar comes back on its next redraw. */
    public synchronized void println(PrintStream to, String message) {
        if (out != null && drawn && width > 0) {
            out.print('\r' + " ".repeat(width) + '\r');
            out.flush();
            lastDraw = 0;
        }
        to.println(message);
    }

    String line(long now) {
        double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
        String rate = String.format(Locale.ROOT, "%,d records  %.1f MB  %.1f MB/s",
                records, bytes / 1e6, bytes / 1e6 / seconds);
        if (totalBytes <= 0) {
            return "ingest " + rate;
        }
        double done = Math.min(1.0, (double) bytes / totalBytes);
        int filled = (int) Math.round(done * WIDTH);
        return String.format(Locale.ROOT, "ingest [%s%s] %3d%%  %s",
                "#".repeat(filled), " ".repeat(WIDTH - filled), Math.round(done * 100), rate);
    }

    /** Ends the bar's line so later output starts on a fresh one. */
    @Override
    public synchronized void close() {
        if (out != null && drawn) {
            out.print('\r' + line(System.nanoTime()) + System.lineSeparator());
            out.flush();
            drawn = false;
        }
    }
}
