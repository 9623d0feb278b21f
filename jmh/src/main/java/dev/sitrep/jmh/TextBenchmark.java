package dev.sitrep.jmh;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.enrich.text.SentenceSplitter;
import dev.sitrep.enrich.text.Tokenizer;
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

/** Text passes over a whole article of ~3.6 KB: sentence splitting and tokenizing. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TextBenchmark {

    private List<ArticleText> articles;
    private int next;

    @Setup
    public void setUp() {
        articles = Corpus.articles();
    }

    private String text() {
        next = (next + 1) % articles.size();
        return articles.get(next).text();
    }

    @Benchmark
    public Object splitSentences() {
        return SentenceSplitter.split(text());
    }

    @Benchmark
    public Object tokenizeArticle() {
        String t = text();
        return Tokenizer.tokenize(t, 0, t.length());
    }

    /** The geoparser's word tokens of a whole article. */
    @Benchmark
    public Object geoTokenizeArticle() {
        return dev.sitrep.enrich.geo.extractor.Tokenizer.tokenize(text());
    }
}
