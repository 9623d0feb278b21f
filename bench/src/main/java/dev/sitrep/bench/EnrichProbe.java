package dev.sitrep.bench;

import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.kafka.TopicAdmin;
import dev.sitrep.common.kafka.TopicNames;
import dev.sitrep.common.kafka.Topics;
import dev.sitrep.enrich.Enricher;
import dev.sitrep.enrich.EnricherFactory;
import dev.sitrep.enrich.process.ArticleProcessor;
import dev.sitrep.enrich.topology.EnrichApp;
import dev.sitrep.enrich.topology.EnrichConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The enrich app alone in a fresh JVM, as {@code sitrep enrich} runs it: reports the time from JVM start
 * to RUNNING (engine and gazetteer loading included), the time to work through the input topic, and
 * the live heap once it has. {@link #launch} starts it as a child process and reads its one-line report.
 */
public final class EnrichProbe {

    /** The JVM options {@code ./sitrep} runs with by default. */
    public static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseParallelGC");

    private static final String PREFIX = "enrich-probe:";

    /**
     * What the child JVM measured.
     *
     * @param mainMillis    JVM start to {@code main}
     * @param engineMillis  building the engine (lexicons, gazetteer)
     * @param runningMillis JVM start to the app's RUNNING state
     * @param firstMillis   JVM start to the first committed output (the first article enriched and visible)
     * @param records       input records the app committed
     * @param seconds       RUNNING to the last commit
     * @param heapUsedBytes      heap in use after a full GC, with the app still running
     * @param heapCommittedBytes heap the JVM holds from the system at that point
     * @param heapMaxBytes       the JVM's maximum heap
     */
    public record Result(long mainMillis, long engineMillis, long runningMillis, long firstMillis, long records, double seconds, long heapUsedBytes,
                         long heapCommittedBytes, long heapMaxBytes) {
    }

    private EnrichProbe() {
    }

    /** Args: bootstrap, input topic, application id, guarantee, stream threads, then client properties as key=value. */
    public static void main(String[] args) throws Exception {
        long mainMillis = uptime();
        long engineStart = System.nanoTime();
        // As sitrep enrich does: the engine loads while the Kafka clients start.
        CompletableFuture<Enricher> loading = EnricherFactory.standardAsync();
        CompletableFuture<Long> engineMillis = loading.thenApply(e -> (System.nanoTime() - engineStart) / 1_000_000);
        Map<String, String> client = new HashMap<>();
        for (int i = 5; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            client.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        KafkaSettings kafka = new KafkaSettings(args[0], client);
        String raw = args[1];
        String appId = args[2];
        Topics topics = Topics.of(new TopicNames(raw, appId + ".enriched", appId + ".dlq"));
        Path stateDir = Files.createTempDirectory("sitrep-probe-streams-");
        EnrichConfig config = new EnrichConfig(kafka, topics, appId, args[3], Integer.parseInt(args[4]), stateDir);
        try (Admin admin = Admin.create(kafka.properties());
             EnrichApp app = new EnrichApp(config, ArticleProcessor.enriching(loading, new ArticleReader(),
                     Clock.systemUTC()))) {
            GroupProgress progress = GroupProgress.of(admin, raw);
            TopicAdmin.ensureTopics(kafka.properties(), List.of(
                    new NewTopic(topics.enriched().name(), progress.partitions(), (short) -1),
                    new NewTopic(topics.dlq().name(), progress.partitions(), (short) -1)), Duration.ofMinutes(1));
            app.start();
            if (!app.awaitRunning(Duration.ofMinutes(1))) {
                throw new IllegalStateException("the enrich app did not reach RUNNING: " + app.failure());
            }
            long runningMillis = uptime();
            long running = System.nanoTime();
            while (progress.committed(appId) == 0 && !app.isFailed() && System.nanoTime() - running < 60_000_000_000L) {
                Thread.sleep(5);
            }
            long firstMillis = uptime();
            long done = progress.await(appId, Duration.ofSeconds(60), app::isFailed);
            double seconds = (System.nanoTime() - running) / 1e9;
            if (done < progress.total()) {
                throw new IllegalStateException("the enrich app committed " + done + " of " + progress.total()
                        + " records" + (app.isFailed() ? ": " + app.failure() : " and stalled"));
            }
            System.gc();
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf(Locale.ROOT, "%s %d %d %d %d %d %.3f %d %d %d%n", PREFIX, mainMillis, engineMillis.join(), runningMillis,
                    firstMillis, done,
                    seconds, heap.getUsed(), heap.getCommitted(), heap.getMax());
            System.out.flush();
        } finally {
            try (var paths = Files.walk(stateDir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** Runs the probe in a child JVM with {@code jvmOptions} and this JVM's class path; its log goes to {@code log}. */
    public static Result launch(List<String> jvmOptions, String bootstrap, Map<String, String> client, String rawTopic,
                                String appId, String guarantee, int threads, Path log) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EnrichProbe.class.getName(),
                bootstrap, rawTopic, appId, guarantee, Integer.toString(threads)));
        client.forEach((k, v) -> command.add(k + "=" + v));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(log.toFile());
        Process process = pb.start();
        process.getOutputStream().close();
        String report = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(PREFIX)) {
                    report = line;
                }
            }
        } finally {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroy();
            }
        }
        if (report == null) {
            throw new IllegalStateException("the enrich probe reported nothing (exit " + process.exitValue()
                    + "); see " + log);
        }
        String[] f = report.substring(PREFIX.length()).trim().split(" ");
        return new Result(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), Double.parseDouble(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]),
                Long.parseLong(f[8]));
    }
}
