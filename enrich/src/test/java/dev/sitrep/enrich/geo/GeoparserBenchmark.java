package dev.sitrep.enrich.geo;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.Location;
import dev.sitrep.enrich.EngineConfig;
import dev.sitrep.enrich.EnricherFactory;
import dev.sitrep.enrich.link.NearestPlaceLocator;

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
 * A small harness, not a test: load time, retained heap and single-thread speed of the geoparser and linker.
 * Run: {@code java -cp enrich/target/classes:enrich/target/test-classes:common/target/classes:... 
 * dev.sitrep.enrich.geo.GeoparserBenchmark [TEXT_FILES...]}; with no files it uses the seed article.
 */
public final class GeoparserBenchmark {

    private GeoparserBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap0 = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Geoparser geoparser = EnricherFactory.geoparser(EngineConfig.defaults());
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory() - heap0;

        List<String> texts = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (a.endsWith(".jsonl")) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    int i = line.indexOf("\"text\": \"");
                    if (i >= 0) {
                        texts.add(line.substring(i + 9, line.indexOf("\", ", i + 9)).replace("\\n", "\n"));
                    }
                }
            } else {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            texts.add(Files.readString(Path.of("seeds/karabakh-sochi.txt"), StandardCharsets.UTF_8));
        }
        NearestPlaceLocator locator = new NearestPlaceLocator();
        long chars = texts.stream().mapToLong(String::length).sum();
        int rounds = (int) Math.max(3, 60_000_000L / Math.max(1, chars));
        long places = 0;
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long s = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < texts.size(); i++) {
                ArticleText a = ArticleText.of("b" + i, texts.get(i));
                List<Location> found = geoparser.parse(a);
                locator.link(a, Casualties.NONE, found);
                places += found.size();
            }
            best = Math.min(best, System.nanoTime() - s);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
        }
        double perArticleUs = best / 1e3 / texts.size();
        double per35kUs = best / 1e3 / chars * 3500;
        System.out.printf(Locale.ROOT, "load %.2f s, retained heap %.0f MB%n", loadSeconds, heap / 1048576.0);
        System.out.printf(Locale.ROOT, "thread CPU time (immune to other processes): %.1f us per 3.5 KB%n",
                bestCpu / 1e3 / chars * 3500);
        System.out.printf(Locale.ROOT, "%d articles, %.0f chars on average, best of %d rounds: %.1f us/article, "
                + "%.1f us per 3.5 KB, %.0f articles/s (%d places found)%n", texts.size(), (double) chars / texts.size(),
                rounds, perArticleUs, per35kUs, 1e6 / perArticleUs, places / rounds);
    }
}
