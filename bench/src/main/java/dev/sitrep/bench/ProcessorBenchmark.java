package dev.sitrep.bench;

import dev.sitrep.enrich.process.ArticleProcessor;
import dev.sitrep.enrich.process.Outcome;
import dev.sitrep.enrich.process.RecordSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Times the pipeline apps' processors on one thread without Kafka: each reads a record's value, enriches it (or
 * not) and writes the output record's value, as a stream thread does between polling and sending. Processors take
 * turns pass by pass, so a change of load on the machine hits each alike. Set beside the pipeline's figures, it
 * separates what an app's own work costs from what running it on Kafka adds.
 */
public final class ProcessorBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One processor to time: a label for the report and the processor. */
    public record Subject(String label, ArticleProcessor processor) {
        public Subject {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(processor, "processor");
        }
    }

    /**
     * @param label     the processor's label
     * @param cpuMicros thread CPU per record, median over the counted passes
     */
    public record Result(String label, double cpuMicros) {
    }

    /**
     * Runs every subject over {@code values} once uncounted, then {@code passes} counted times, in turn. A record
     * a processor dead-letters counts as processed, as it does on a stream thread.
     */
    public List<Result> run(List<Subject> subjects, List<byte[]> values, String topic, int passes) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the benchmark corpus is empty");
        }
        if (passes < 1) {
            throw new IllegalArgumentException("passes must be at least 1, got " + passes);
        }
        long sink = 0;
        double[][] cpu = new double[subjects.size()][passes];
        for (int pass = -1; pass < passes; pass++) {
            for (int s = 0; s < subjects.size(); s++) {
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                sink += pass(subjects.get(s), values, topic);
                if (pass >= 0) {
                    cpu[s][pass] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e3 / values.size();
                }
            }
        }
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError("unreachable: keeps the outputs alive");
        }
        List<Result> results = new ArrayList<>();
        for (int s = 0; s < subjects.size(); s++) {
            results.add(new Result(subjects.get(s).label(), EngineBenchmark.median(cpu[s])));
        }
        return results;
    }

    /** One pass of {@code subject} over the values: the bytes it wrote, which keeps its work from being dropped. */
    private static long pass(Subject subject, List<byte[]> values, String topic) {
        long bytes = 0;
        for (int i = 0; i < values.size(); i++) {
            Outcome outcome = subject.processor().process("bench-" + i, values.get(i),
                    new RecordSource(topic, 0, i, null, 0));
            bytes += outcome.json().length;
        }
        return bytes;
    }
}
