package dev.sitrep.bench;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A running Streams app's thread-level metrics ({@code stream-thread-metrics}): how many records its threads
 * have processed, and the share of their time spent processing, committing and polling.
 */
final class StreamThreadMetrics {

    private static final String GROUP = "stream-thread-metrics";

    /** Where the stream threads' time went, each a mean over the threads of a 0-1 ratio. */
    record TimeShares(double process, double commit, double poll) {
    }

    private final Supplier<Map<MetricName, ? extends Metric>> metrics;
    private List<? extends Metric> processed = List.of();

    /** @param metrics the app's metrics; asked again whenever the set of stream threads may have changed */
    StreamThreadMetrics(Supplier<Map<MetricName, ? extends Metric>> metrics) {
        this.metrics = metrics;
    }

    /** Records processed by the app's threads so far. Cheap once the threads exist: their metrics are kept. */
    long processed(int expectedThreads) {
        if (processed.size() < expectedThreads) {
            processed = find("process-total");
        }
        long sum = 0;
        for (Metric m : processed) {
            sum += (long) value(m);
        }
        return sum;
    }

    TimeShares timeShares() {
        return new TimeShares(mean("process-ratio"), mean("commit-ratio"), mean("poll-ratio"));
    }

    private double mean(String name) {
        List<? extends Metric> found = find(name);
        return found.stream().mapToDouble(StreamThreadMetrics::value).filter(v -> !Double.isNaN(v)).average()
                .orElse(Double.NaN);
    }

    private List<? extends Metric> find(String name) {
        return metrics.get().entrySet().stream()
                .filter(e -> e.getKey().group().equals(GROUP) && e.getKey().name().equals(name))
                .map(Map.Entry::getValue)
                .toList();
    }

    private static double value(Metric m) {
        Object v = m.metricValue();
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
