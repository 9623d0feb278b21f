package dev.sitrep.jmh;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.TextField;
import dev.sitrep.enrich.geo.extractor.Lexicon;
import dev.sitrep.enrich.geo.extractor.NameMention;
import dev.sitrep.enrich.geo.extractor.ToponymExtractor;
import dev.sitrep.enrich.geo.gazetteer.BundledGazetteer;
import dev.sitrep.enrich.geo.gazetteer.InMemoryGazetteer;
import dev.sitrep.enrich.geo.gazetteer.NameNormalizer;
import dev.sitrep.enrich.geo.resolver.ArticleMentions;
import dev.sitrep.enrich.geo.resolver.Resolver;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The geoparser's hot paths with the bundled gazetteer: name lookup (hits and misses), toponym extraction
 * of a whole article, and resolution of an article's names to places.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class GeoBenchmark {

    /** Names as the extractor tries them: places, demonyms, and capitalized words that are none. */
    private static final String[] NAMES = {
        "Kabul", "Mosul", "Aleppo", "Khan Younis", "Port-au-Prince", "Springfield", "Gaza City", "Afghan",
        "Ukrainian", "the Philippines", "Monday", "Minister", "Reuters", "Jordan Peterson", "Police", "Emmanuel",
    };

    private InMemoryGazetteer gazetteer;
    private ToponymExtractor extractor;
    private Resolver resolver;
    private String[] keys;
    private List<ArticleText> articles;
    private List<ArticleMentions> mentions;
    private int next;

    @Setup
    public void setUp() {
        gazetteer = BundledGazetteer.load();
        extractor = new ToponymExtractor(gazetteer, Lexicon.bundled());
        resolver = Resolver.standard();
        keys = java.util.Arrays.stream(NAMES).map(NameNormalizer::normalize).toArray(String[]::new);
        articles = Corpus.articles();
        mentions = articles.stream().map(a -> new ArticleMentions(a.title(), a.text(),
                extractor.extract(a.text(), TextField.TEXT))).toList();
    }

    private int nextIndex() {
        next = (next + 1) % articles.size();
        return next;
    }

    /** Sixteen lookups, about half of them names of places. */
    @Benchmark
    public void lookupSixteenNames(Blackhole bh) {
        for (String key : keys) {
            bh.consume(gazetteer.lookup(key));
        }
    }

    @Benchmark
    public List<NameMention> extractToponyms() {
        return extractor.extract(articles.get(nextIndex()).text(), TextField.TEXT);
    }

    @Benchmark
    public Object resolve() {
        return resolver.resolve(mentions.get(nextIndex()));
    }
}
