package dev.sitrep.bench;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.enrich.Enricher;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Times the extraction engine alone on one thread: throughput, per-article latency and allocation.
 * Warm-up passes run first so the JIT has compiled the hot paths before anything is counted.
 */
public final class EngineBenchmark {

    /**
     * What one measured pass gave.
     *
     * @param articles          articles enriched in the measured pass
     * @param seconds           wall time of the measured pass
     * @param articlesPerSecond articles / seconds
     * @param megabytesPerSecond UTF-8 megabytes (10^6) of title and text per second
     * @param p50Micros         median latency of one article, microseconds
     * @param p99Micros         99th percentile latency of one article, microseconds
     * @param bytesAllocatedPerArticle heap allocated by the thread per article, or -1 where the JVM cannot tell
     */
    public record Result(int articles, double seconds, double articlesPerSecond, double megabytesPerSecond,
                         double p50Micros, double p99Micros, long bytesAllocatedPerArticle) {
    }

    private final Enricher enricher;

    public EngineBenchmark(Enricher enricher) {
        this.enricher = Objects.requireNonNull(enricher, "enricher");
    }

    /** Runs {@code warmupPasses} uncounted passes over {@code corpus}, then one counted pass. */
    public Result run(List<ArticleText> corpus, int warmupPasses) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the benchmark corpus is empty");
        }
        long sink = 0;
        for (int pass = 0; pass < warmupPasses; pass++) {
            for (ArticleText article : corpus) {
                sink += enricher.enrich(article).locations().size();
            }
        }
        long bytes = 0;
        for (ArticleText article : corpus) {
            bytes += article.text().getBytes(StandardCharsets.UTF_8).length;
            if (article.title() != null) {
                bytes += article.title().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        long[] latencies = new long[corpus.size()];
        long allocatedBefore = allocatedBytes();
        long start = System.nanoTime();
        for (int i = 0; i < latencies.length; i++) {
            long t0 = System.nanoTime();
            sink += enricher.enrich(corpus.get(i)).casualties().mentions().size();
            latencies[i] = System.nanoTime() - t0;
        }
        long elapsed = System.nanoTime() - start;
        long allocatedAfter = allocatedBytes();
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError("unreachable: keeps the results alive");
        }
        Arrays.sort(latencies);
        double seconds = elapsed / 1e9;
        long perArticle = allocatedBefore < 0 ? -1 : (allocatedAfter - allocatedBefore) / corpus.size();
        return new Result(corpus.size(), seconds, corpus.size() / seconds, bytes / 1e6 / seconds,
                percentile(latencies, 0.50) / 1e3, percentile(latencies, 0.99) / 1e3, perArticle);
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
        return sorted[index];
    }

    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (bean instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()) {
            return sun.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }
}
