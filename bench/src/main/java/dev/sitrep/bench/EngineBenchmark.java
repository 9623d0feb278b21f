package dev.sitrep.bench;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.enrich.Enricher;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Times the extraction engine alone on one thread: throughput, per-article latency and allocation.
 * Warm-up passes run first so the JIT has compiled the hot paths before anything is counted; then
 * several counted passes, of which the median is reported, since other processes disturb single passes; then
 * a pass that enriches each article twice in a row ({@link Repeat}).
 */
public final class EngineBenchmark {

    /**
     * What the measured passes gave.
     *
     * @param articles          articles enriched in one pass
     * @param passes            measured passes
     * @param meanChars         mean characters of title and text per article
     * @param articlesPerSecond articles per second of wall time, median pass
     * @param cpuMicrosPerArticle thread CPU time per article, median pass: what the engine costs when it has a core
     * @param megabytesPerSecond UTF-8 megabytes (10^6) of title and text per second of wall time, median pass
     * @param p50Micros         median latency of one article, microseconds, over all measured passes
     * @param p99Micros         99th percentile latency of one article, microseconds
     * @param bytesAllocatedPerArticle heap allocated by the thread per article, or -1 where the JVM cannot tell
     * @param repeat            the same articles, each enriched twice in a row: see {@link Repeat}
     */
    public record Result(int articles, int passes, double meanChars, double articlesPerSecond,
                         double cpuMicrosPerArticle, double megabytesPerSecond, double p50Micros, double p99Micros,
                         long bytesAllocatedPerArticle, Repeat repeat) {
    }

    /**
     * One more pass, over up to {@value #REPEAT_ARTICLES} articles, each enriched twice in a row and both calls timed.
     * The second call finds the article's words, names and candidates in the processor's caches and its branches
     * learned by the first: it costs what the engine's instructions cost. What the first costs beyond it is what
     * meeting an article's words and sentences costs: cache misses on a news-sized vocabulary and mispredicted
     * branches. Tuning the engine's instructions works on the second call's time.
     *
     * @param articles     articles timed
     * @param firstMicros  mean wall time of the first call, microseconds
     * @param againMicros  mean wall time of the second call, microseconds
     */
    public record Repeat(int articles, double firstMicros, double againMicros) {
    }

    /** Articles of the repeat pass: enough for a stable mean, few enough to cost a few seconds. */
    static final int REPEAT_ARTICLES = 10_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Enricher enricher;

    public EngineBenchmark(Enricher enricher) {
        this.enricher = Objects.requireNonNull(enricher, "enricher");
    }

    /** Runs {@code warmupPasses} uncounted passes over {@code corpus}, then one counted pass. */
    public Result run(List<ArticleText> corpus, int warmupPasses) {
        return run(corpus, warmupPasses, Duration.ZERO, 1);
    }

    /**
     * Runs uncounted passes over {@code corpus} until at least {@code warmupPasses} passes and {@code warmup}
     * have gone by, then {@code passes} counted ones.
     */
    public Result run(List<ArticleText> corpus, int warmupPasses, Duration warmup, int passes) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the benchmark corpus is empty");
        }
        if (passes < 1) {
            throw new IllegalArgumentException("passes must be at least 1, got " + passes);
        }
        long sink = 0;
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        for (int pass = 0; pass < warmupPasses || System.nanoTime() < warmupEnd; pass++) {
            for (ArticleText article : corpus) {
                sink += enricher.enrich(article).locations().size();
            }
        }
        long bytes = 0;
        long chars = 0;
        for (ArticleText article : corpus) {
            bytes += article.text().getBytes(StandardCharsets.UTF_8).length;
            chars += article.text().length();
            if (article.title() != null) {
                bytes += article.title().getBytes(StandardCharsets.UTF_8).length;
                chars += article.title().length();
            }
        }
        int n = corpus.size();
        long[] latencies = new long[n * passes];
        double[] wallSeconds = new double[passes];
        double[] cpuSeconds = new double[passes];
        long allocatedBefore = allocatedBytes();
        for (int pass = 0; pass < passes; pass++) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                sink += enricher.enrich(corpus.get(i)).casualties().mentions().size();
                latencies[pass * n + i] = System.nanoTime() - t0;
            }
            wallSeconds[pass] = (System.nanoTime() - start) / 1e9;
            cpuSeconds[pass] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        }
        long allocatedAfter = allocatedBytes();
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError("unreachable: keeps the results alive");
        }
        Arrays.sort(latencies);
        double seconds = median(wallSeconds);
        long perArticle = allocatedBefore < 0 ? -1 : (allocatedAfter - allocatedBefore) / ((long) n * passes);
        return new Result(n, passes, (double) chars / n, n / seconds, median(cpuSeconds) * 1e6 / n,
                bytes / 1e6 / seconds, percentile(latencies, 0.50) / 1e3, percentile(latencies, 0.99) / 1e3,
                perArticle, repeat(corpus));
    }

    /** The first {@value #REPEAT_ARTICLES} articles, each enriched twice in a row, both calls timed. */
    private Repeat repeat(List<ArticleText> corpus) {
        int n = Math.min(corpus.size(), REPEAT_ARTICLES);
        long first = 0;
        long again = 0;
        long sink = 0;
        for (int i = 0; i < n; i++) {
            ArticleText article = corpus.get(i);
            long t0 = System.nanoTime();
            sink += enricher.enrich(article).casualties().mentions().size();
            long t1 = System.nanoTime();
            sink += enricher.enrich(article).casualties().mentions().size();
            long t2 = System.nanoTime();
            first += t1 - t0;
            again += t2 - t1;
        }
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError("unreachable: keeps the results alive");
        }
        return new Repeat(n, first / 1e3 / n, again / 1e3 / n);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
        return sorted[index];
    }

    private static long allocatedBytes() {
        if (THREADS instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()) {
            return sun.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }
}
