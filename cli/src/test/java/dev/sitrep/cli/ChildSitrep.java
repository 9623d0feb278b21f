package dev.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A {@code sitrep} command in its own JVM, so that a test can kill it as an operator or the kernel would:
 * {@link #kill()} is SIGKILL (no shutdown hook, no flush, no commit), {@link #terminate()} is SIGTERM.
 * Output goes to a log file, which the test reads afterwards.
 */
final class ChildSitrep implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildSitrep(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code sitrep ARGS...} on this test's class path, writing stdout and stderr to {@code log}. */
    static ChildSitrep start(Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Sitrep.class.getName());
        command.addAll(args);
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ChildSitrep(p, log);
    }

    /** The stdin of the command, for {@code ingest -}. */
    java.io.OutputStream stdin() {
        return process.getOutputStream();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code value} reaches {@code target}; fails if the command exits first or nothing moves for 120 s. */
    void awaitValue(LongSupplier value, long target) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (value.getAsLong() < target) {
            if (!isAlive()) {
                throw new AssertionError("sitrep exited early; log:\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("stuck at " + value.getAsLong() + " of " + target + "; log:\n" + output());
            }
            Thread.sleep(20);
        }
    }

    /** Waits until {@code value} has grown by {@code by} from what it is now. */
    void awaitGrowth(LongSupplier value, long by) throws InterruptedException {
        awaitValue(value, value.getAsLong() + by);
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * SIGTERM; returns the exit code once the command has shut down. Through the process handle, because
     * {@link Process#destroy()} also closes the child's standard input, and the child might see that first.
     */
    int terminate() throws InterruptedException {
        process.toHandle().destroy();
        return waitFor(90);
    }

    /** The exit code; fails the test when the command does not exit within {@code seconds}. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("sitrep did not exit within " + seconds + " s; log:\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
