package dev.sitrep.bench;

import dev.sitrep.common.config.KafkaSettings;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.json.EngineInfo;
import dev.sitrep.common.json.EnrichedJson;
import dev.sitrep.common.json.Json;
import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Enrichment;
import dev.sitrep.common.model.Location;
import dev.sitrep.embedded.EmbeddedKafka;
import dev.sitrep.enrich.Enricher;
import dev.sitrep.enrich.EnricherFactory;
import dev.sitrep.enrich.geo.Geoparser;
import dev.sitrep.enrich.process.ArticleProcessor;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code sitrep bench}: the engine alone on one thread, then the processors of a pass-through Streams app, an
 * output-only app and the enrich app on one thread without Kafka, then the three apps on the embedded broker over
 * the same records, then the enrich app alone in a fresh JVM
 * for its start-up time and heap, and on request the enrich app with one and with two stream threads.
 * Prints as it goes; every ratio compares figures of the same run.
 */
public final class Bench {

    private static final String RAW = "bench.raw";
    private static final String WARMUP = "bench.warmup";
    private static final String SCALE_RAW = "bench.raw.scale";
    /** Up to the whole default corpus: the clients' per-request code (sender, fetcher) gets hot only after seconds. */
    private static final int WARMUP_RECORDS = 30_000;
    /**
     * Passes of every app over the warm-up records: after one, whichever part of the bench ran later was still
     * clearly faster, the JIT still at work on the engine's and the clients' code.
     */
    private static final int WARMUP_PASSES = 2;
    private static final int SCALE_PARTITIONS = 4;
    /** Counted passes of each app's processor alone; they take turns, one pass each. */
    private static final int PROCESSOR_PASSES = 3;

    /**
     * What to run.
     *
     * @param corpus       the records
     * @param engineWarmup warm-up time of the engine before the counted passes
     * @param enginePasses counted passes of the engine over the corpus
     * @param pipeline     whether to run the pipeline part (and the probe) at all
     * @param rounds       rounds of pass-through, output-only, then enrich
     * @param partitions   partitions of the input topic
     * @param threads      stream threads of each app
     * @param guarantee    the apps' processing guarantee
     * @param client       Kafka client properties for every app, over sitrep's defaults
     * @param probe        whether to start the enrich app in a fresh JVM for start-up time and heap
     * @param scaleOut     whether to compare one and two stream threads on a 4-partition topic
     */
    public record Options(BenchCorpus corpus, Duration engineWarmup, int enginePasses, boolean pipeline, int rounds,
                          int partitions, int threads, String guarantee, Map<String, String> client, boolean probe,
                          boolean scaleOut) {
        public Options {
            client = Map.copyOf(client);
            Objects.requireNonNull(corpus, "corpus");
            Objects.requireNonNull(engineWarmup, "engineWarmup");
            Objects.requireNonNull(guarantee, "guarantee");
            if (enginePasses < 1 || rounds < 1 || partitions < 1 || threads < 1) {
                throw new IllegalArgumentException("passes, rounds, partitions and threads must be at least 1");
            }
        }
    }

    private final Options options;
    private final PrintStream out;
    /**
     * The engine every part shares, built once as the enrich app builds it once for all its stream threads: an
     * engine per app run would leave a dead gazetteer in the old generation per run, whose collection the later
     * runs would pay for.
     */
    private Enricher enricher;
    private long enricherBuildMillis;

    public Bench(Options options, PrintStream out) {
        this.options = Objects.requireNonNull(options, "options");
        this.out = Objects.requireNonNull(out, "out");
    }

    public void run() throws IOException, InterruptedException {
        BenchCorpus corpus = options.corpus();
        out.printf(Locale.ROOT, "sitrep bench: %s%n", corpus.description());
        out.printf(Locale.ROOT, "  %,d records, %.1f MB, %,.0f bytes of JSON each on average%n", corpus.size(),
                corpus.bytes() / 1e6, (double) corpus.bytes() / corpus.size());
        out.printf(Locale.ROOT, "  %d CPUs, Java %s, max heap %d MB, GC %s, load average %s%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, collectors(), loadAverage());
        engine();
        if (options.pipeline()) {
            pipeline();
        }
        out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
    }

    private Enricher enricher() {
        if (enricher == null) {
            long t0 = System.nanoTime();
            enricher = EnricherFactory.standard();
            enricherBuildMillis = (System.nanoTime() - t0) / 1_000_000;
        }
        return enricher;
    }

    private void engine() {
        Enricher enricher = enricher();
        long buildMillis = enricherBuildMillis;
        List<ArticleText> articles = options.corpus().articles();
        EngineBenchmark.Result r = new EngineBenchmark(enricher)
                .run(articles, 1, options.engineWarmup(), options.enginePasses());
        out.printf(Locale.ROOT, "engine alone, one thread (%,d articles of %,.0f chars; %d s warm-up, median of %d"
                        + " passes; engine built in %d ms)%n", r.articles(), r.meanChars(),
                options.engineWarmup().toSeconds(), r.passes(), buildMillis);
        out.printf(Locale.ROOT, "  throughput   %,9.0f articles/s   %6.1f MB/s of text    CPU %.1f us/article%n",
                r.articlesPerSecond(), r.megabytesPerSecond(), r.cpuMicrosPerArticle());
        out.printf(Locale.ROOT, "  latency      p50 %.1f us   p99 %.1f us%n", r.p50Micros(), r.p99Micros());
        out.printf(Locale.ROOT, "  allocation   %,.1f KB/article%n", r.bytesAllocatedPerArticle() / 1024.0);
        EngineBenchmark.Repeat again = r.repeat();
        out.printf(Locale.ROOT, "  met again    %.1f us/article for an article enriched again at once, %.1f us the first time"
                        + " (%,d articles)%n%n",
                again.againMicros(), again.firstMicros(), again.articles());
    }

    private void pipeline() throws IOException, InterruptedException {
        BenchCorpus corpus = options.corpus();
        Supplier<ArticleProcessor> passThrough = () -> ArticleProcessor.passThrough(new ArticleReader(), Clock.systemUTC());
        Enricher engine = enricher();
        Supplier<ArticleProcessor> enrich = () -> ArticleProcessor.enriching(engine, new ArticleReader(), Clock.systemUTC());
        Supplier<ArticleProcessor> outputOnly = outputOnly(engine, corpus);
        processors(List.of(new ProcessorBenchmark.Subject("pass-through", passThrough.get()),
                new ProcessorBenchmark.Subject("output-only", outputOnly.get()),
                new ProcessorBenchmark.Subject("enrich", enrich.get())));
        long t0 = System.nanoTime();
        try (EmbeddedKafka broker = EmbeddedKafka.start(0, Map.of())) {
            KafkaSettings kafka = new KafkaSettings(broker.bootstrap(), options.client());
            out.printf(Locale.ROOT, "pipeline on the embedded broker (%s, %d partition(s), %d stream thread(s),"
                            + " sitrep's Streams and producer defaults%s; broker up in %.1f s)%n", options.guarantee(),
                    options.partitions(), options.threads(),
                    options.client().isEmpty() ? "" : " under " + options.client(), (System.nanoTime() - t0) / 1e9);
            try (PipelineBenchmark bench = new PipelineBenchmark(kafka, options.guarantee())) {
                PipelineBenchmark.Load load = bench.load(RAW, options.partitions(), corpus.values());
                out.printf(Locale.ROOT, "  loaded %,d records into %s in %.1f s%n", load.records(), RAW, load.seconds());
                List<PipelineBenchmark.Variant> variants = List.of(
                        new PipelineBenchmark.Variant("pass-through", passThrough, RAW, options.threads()),
                        new PipelineBenchmark.Variant("output-only", outputOnly, RAW, options.threads()),
                        new PipelineBenchmark.Variant("enrich", enrich, RAW, options.threads()));
                warmUp(bench, variants);
                PipelineBenchmark.Comparison c = bench.compare(variants, options.rounds());
                report(c);
                out.printf(Locale.ROOT, "  output-only: the enrich app with an engine that costs nothing: every article gets"
                        + " the first article's enrichment (%,d bytes of JSON more), the cost of the larger output alone%n%n",
                        outputBytes(engine, corpus));
                if (options.probe()) {
                    probe(broker);
                }
                if (options.scaleOut()) {
                    scaleOut(bench, enrich);
                }
            }
        }
    }

    /**
     * The three apps' processors on this thread, no Kafka: what each app's own work per record costs, and the
     * engine's cost inside the enrich app's processor (enrich less output-only) beside its cost alone.
     */
    private void processors(List<ProcessorBenchmark.Subject> subjects) {
        List<ProcessorBenchmark.Result> results = new ProcessorBenchmark().run(subjects, options.corpus().values(),
                RAW, PROCESSOR_PASSES);
        out.printf(Locale.ROOT, "the pipeline apps' processors alone, one thread, no Kafka (read the record, enrich,"
                + " write the output record; median of %d alternating passes)%n ", PROCESSOR_PASSES);
        results.forEach(r -> out.printf(Locale.ROOT, " %s %.1f us,", r.label(), r.cpuMicros()));
        out.printf(Locale.ROOT, " CPU per article%n  the engine inside the enrich processor (enrich less output-only)"
                + " %.1f us%n%n", cpuMicros(results, "enrich") - cpuMicros(results, "output-only"));
    }

    private static double cpuMicros(List<ProcessorBenchmark.Result> results, String label) {
        return results.stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no processor measured as " + label))
                .cpuMicros();
    }

    /**
     * Runs every variant once over the first records, uncounted: the JIT compiles the broker's, the clients' and
     * each app's code before the timed rounds, whichever app a timed round starts with.
     */
    private void warmUp(PipelineBenchmark bench, List<PipelineBenchmark.Variant> variants)
            throws IOException, InterruptedException {
        List<byte[]> values = options.corpus().values();
        int records = Math.min(WARMUP_RECORDS, values.size());
        long t0 = System.nanoTime();
        bench.load(WARMUP, options.partitions(), values.subList(0, records));
        for (int pass = 0; pass < WARMUP_PASSES; pass++) {
            for (PipelineBenchmark.Variant v : variants) {
                bench.run(new PipelineBenchmark.Variant("warm-up-" + v.label(), v.processor(), WARMUP, v.threads()), pass);
            }
        }
        out.printf(Locale.ROOT, "  warm-up: each app %d times over %,d records, %.1f s (not counted)%n", WARMUP_PASSES,
                records, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Articles per second of each variant per round, then each later variant's rate over the first one's in the
     * same round; the last line gives medians over the rounds.
     */
    private void report(PipelineBenchmark.Comparison c) {
        List<PipelineBenchmark.Variant> vs = c.variants();
        String base = vs.get(0).label();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-6s", "round"));
        vs.forEach(v -> header.append(String.format(Locale.ROOT, " %15s", v.label() + " /s")));
        vs.subList(1, vs.size()).forEach(v -> header.append(String.format(Locale.ROOT, " %13s", ratioLabel(v, base))));
        out.println(header);
        int rounds = c.runs().get(0).size();
        for (int i = 0; i < rounds; i++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-6d", i + 1));
            for (List<PipelineBenchmark.Run> runs : c.runs()) {
                line.append(String.format(Locale.ROOT, " %15s", rate(runs.get(i))));
            }
            for (int v = 1; v < vs.size(); v++) {
                line.append(String.format(Locale.ROOT, " %13.2f",
                        c.runs().get(v).get(i).articlesPerSecond() / c.runs().get(0).get(i).articlesPerSecond()));
            }
            out.println(line);
        }
        StringBuilder median = new StringBuilder(String.format(Locale.ROOT, "  %-6s", "median"));
        for (int v = 0; v < vs.size(); v++) {
            median.append(String.format(Locale.ROOT, " %,15.0f", c.medianRate(v)));
        }
        for (int v = 1; v < vs.size(); v++) {
            median.append(String.format(Locale.ROOT, " %13.2f", c.medianRatio(v, 0)));
        }
        out.println(median);
        StringBuilder start = new StringBuilder("  start to RUNNING (median):");
        long dead = 0;
        for (int v = 0; v < vs.size(); v++) {
            start.append(String.format(Locale.ROOT, " %s %,d ms;", vs.get(v).label(), medianLong(c.runs().get(v).stream()
                    .mapToLong(PipelineBenchmark.Run::startMillis).toArray())));
            dead = Math.max(dead, c.runs().get(v).stream().mapToLong(PipelineBenchmark.Run::deadLetters).max().orElse(0));
        }
        out.printf(Locale.ROOT, "%s dead letters per run: %,d%n", start, dead);
        out.println("  per article, medians: CPU of the stream thread(s) and of the whole JVM (broker, clients, GC);"
                + " the stream threads' time processing / committing / polling; time of the JIT compilers and of GC");
        for (int v = 0; v < vs.size(); v++) {
            List<PipelineBenchmark.Run> runs = c.runs().get(v);
            out.printf(Locale.ROOT, "    %-13s %6.1f us  %6.1f us   %3.0f%% / %3.0f%% / %3.0f%%   JIT %5.1f us  GC %4.1f us%n",
                    vs.get(v).label(),
                    median(runs, PipelineBenchmark.Run::threadCpuMicros), median(runs, PipelineBenchmark.Run::jvmCpuMicros),
                    100 * median(runs, r -> r.shares().process()), 100 * median(runs, r -> r.shares().commit()),
                    100 * median(runs, r -> r.shares().poll()), median(runs, PipelineBenchmark.Run::jitMicros),
                    median(runs, PipelineBenchmark.Run::gcMicros));
        }
    }

    private static double median(List<PipelineBenchmark.Run> runs, java.util.function.ToDoubleFunction<PipelineBenchmark.Run> f) {
        return EngineBenchmark.median(runs.stream().mapToDouble(f).toArray());
    }

    private static String ratioLabel(PipelineBenchmark.Variant v, String base) {
        return (v.label().length() > 6 ? v.label().substring(0, 6) : v.label()) + "/"
                + (base.length() > 6 ? base.substring(0, 6) : base);
    }

    /**
     * The enrich app's processor with an engine that costs nothing: it hands every article the enrichment of
     * the corpus's first valid one, which the processor then writes as it writes real ones.
     */
    private static Supplier<ArticleProcessor> outputOnly(Enricher real, BenchCorpus corpus) {
        Enrichment typical = real.enrich(corpus.firstArticle());
        Geoparser fixedPlaces = new Geoparser() {
            @Override
            public List<Location> parse(ArticleText article) {
                return typical.locations();
            }

            @Override
            public String gazetteer() {
                return real.gazetteer();
            }
        };
        Enricher fixed = new Enricher(article -> typical.casualties(), fixedPlaces,
                (article, casualties, locations) -> casualties);
        return () -> ArticleProcessor.enriching(fixed, new ArticleReader(), Clock.systemUTC());
    }

    /** How many bytes {@link #outputOnly} adds to the first article. */
    private static long outputBytes(Enricher enricher, BenchCorpus corpus) {
        ArticleText first = corpus.firstArticle();
        EngineInfo engine = enricher.info();
        ObjectNode plain = Json.mapper().createObjectNode().put("text", first.text());
        int before = plain.toString().length();
        return EnrichedJson.write(plain, enricher.enrich(first), engine, Instant.now()).toString().length() - before;
    }

    private void probe(EmbeddedKafka broker) throws IOException, InterruptedException {
        Path log = Files.createTempFile("sitrep-bench-probe-", ".log");
        EnrichProbe.Result p = EnrichProbe.launch(EnrichProbe.JVM_OPTIONS, broker.bootstrap(), options.client(), RAW,
                "sitrep-bench-probe", options.guarantee(), options.threads(), log);
        Files.deleteIfExists(log);
        out.printf(Locale.ROOT, "enrich app alone in a fresh JVM (%s, as ./sitrep runs it), same broker and records%n",
                String.join(" ", EnrichProbe.JVM_OPTIONS));
        out.printf(Locale.ROOT, "  start-up     JVM start to RUNNING %,d ms, to the first enriched article %,d ms"
                + " (main at %,d ms; engine built in %,d ms on a thread of its own while the Kafka clients started)%n", p.runningMillis(), p.firstMillis(), p.mainMillis(),
                p.engineMillis());
        out.printf(Locale.ROOT, "  heap         %,.0f MB in use after a full GC once it had enriched all %,d records"
                        + " (%,d MB committed, %,d MB max)%n%n", p.heapUsedBytes() / 1048576.0, p.records(),
                p.heapCommittedBytes() >> 20, p.heapMaxBytes() >> 20);
    }

    private void scaleOut(PipelineBenchmark bench, Supplier<ArticleProcessor> enrich)
            throws IOException, InterruptedException {
        PipelineBenchmark.Load load = bench.load(SCALE_RAW, SCALE_PARTITIONS, options.corpus().values());
        out.printf(Locale.ROOT, "scale-out: the enrich app on a %d-partition topic (%,d records), one stream thread"
                + " against two%n", SCALE_PARTITIONS, load.records());
        PipelineBenchmark.Comparison c = bench.compare(List.of(
                new PipelineBenchmark.Variant("1-thread", enrich, SCALE_RAW, 1),
                new PipelineBenchmark.Variant("2-threads", enrich, SCALE_RAW, 2)), options.rounds());
        report(c);
        out.println();
    }

    private static String rate(PipelineBenchmark.Run r) {
        return String.format(Locale.ROOT, "%,.0f", r.articlesPerSecond());
    }

    private static long medianLong(long[] values) {
        return (long) EngineBenchmark.median(java.util.Arrays.stream(values).asDoubleStream().toArray());
    }

    /** The JVM's garbage collectors ("PS Scavenge + PS MarkSweep"): the engine's CPU per article depends on them. */
    private static String collectors() {
        return String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f (1 min)", load);
    }
}
