package dev.sitrep.enrich.casualty;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.common.model.ArticleText;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the extractor's single-thread speed on articles of about 3.5 KB, built by joining the
 * texts of a JSONL file (for example {@code ../shared/eval/casualties/gva-dev.jsonl}). Reports thread CPU
 * time, which a busy machine disturbs less than wall time. Not a test: run it by hand with the test
 * classpath, {@code CasualtyThroughput FILE.jsonl [seconds]}.
 */
public final class CasualtyThroughput {

    private static final int ARTICLE_CHARS = 3500;

    private CasualtyThroughput() {
    }

    public static void main(String[] args) throws IOException {
        List<ArticleText> articles = articles(Path.of(args[0]));
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        RuleBasedCasualtyExtractor extractor = new RuleBasedCasualtyExtractor();
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            for (ArticleText a : articles) {
                sink += extractor.extract(a).mentions().size();
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long chars = 0;
        long done = 0;
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            for (ArticleText a : articles) {
                sink += extractor.extract(a).mentions().size();
                chars += a.text().length();
            }
            done += articles.size();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double perArticle = cpuSeconds * 1e6 / done;
        double scan = bareScanMicros(articles, cpu);
        System.out.printf(Locale.ROOT, "%d articles of %.0f chars on average, %.2f s wall, %.2f s CPU: %.0f articles/s,"
                        + " %.2f us/article of CPU time; a bare hash loop over the same characters takes %.2f us/article,"
                        + " so the extractor costs %.1f bare scans (checksum %d)%n", done, (double) chars / done, elapsed,
                cpuSeconds, done / cpuSeconds, perArticle, scan, perArticle / scan, sink);
    }

    /**
     * What one pass of the simplest possible scan (hashing each word's letters) costs per article on
     * this machine: a yardstick that makes the figure above comparable across machines.
     */
    private static double bareScanMicros(List<ArticleText> articles, ThreadMXBean cpu) {
        long sink = 0;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            for (ArticleText a : articles) {
                String t = a.text();
                int h = 0;
                for (int i = 0; i < t.length(); i++) {
                    char c = t.charAt(i);
                    if (Character.isLetter(c)) {
                        h = 31 * h + c;
                    } else {
                        sink += h & 1;
                        h = 0;
                    }
                }
            }
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - c0);
        }
        return sink < 0 ? -1 : best / 1e3 / articles.size();
    }

    private static List<ArticleText> articles(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<ArticleText> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                current.append(mapper.readTree(line).path("text").asText()).append('\n');
                if (current.length() >= ARTICLE_CHARS) {
                    out.add(ArticleText.of("a" + out.size(), current.toString()));
                    current.setLength(0);
                }
            }
        }
        return out;
    }
}
