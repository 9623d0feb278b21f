package dev.sitrep.enrich.casualty;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.jmh.Corpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Casualty extraction on whole articles of ~3.6 KB: the first scan for casualty words alone, and the
 * whole extractor. In the engine's package, to reach the scanner.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CasualtyBenchmark {

    private List<ArticleText> articles;
    private char[][] texts;
    private AnchorScanner scanner;
    private RuleBasedCasualtyExtractor extractor;
    private int next;

    @Setup
    public void setUp() {
        articles = Corpus.articles();
        texts = articles.stream().map(a -> a.text().toCharArray()).toArray(char[][]::new);
        scanner = new AnchorScanner(TriggerLexicon.english().anchors());
        extractor = new RuleBasedCasualtyExtractor();
    }

    private int nextIndex() {
        next = (next + 1) % articles.size();
        return next;
    }

    /** Every casualty word of an article, as the extractor's first scan finds them. */
    @Benchmark
    public int anchorScan() {
        char[] text = texts[nextIndex()];
        int hits = 0;
        int pos = 0;
        int hit;
        while ((hit = scanner.next(text, pos, text.length)) >= 0) {
            hits++;
            pos = hit + 1;
        }
        return hits;
    }

    @Benchmark
    public Object extract() {
        return extractor.extract(articles.get(nextIndex()));
    }
}
