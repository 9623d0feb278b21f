package dev.sitrep.jmh;

import dev.sitrep.enrich.text.Quantity;
import dev.sitrep.enrich.text.QuantityParser;
import dev.sitrep.enrich.text.Token;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Number parsing: {@link QuantityParser#parseAt} at every token of sentences full of counts, and
 * {@link QuantityParser#endingAt}, which the subject reader calls leftwards from each casualty word.
 * Each operation reads all tokens of one sentence.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NumberParsingBenchmark {

    private static final String[] SENTENCES = {
        "At least 14 Azerbaijani and 5 Armenian soldiers were killed on Tuesday, officials said.",
        "More than 1,200 people have died since 2014, and twenty-three civilians were wounded last week.",
        "Between 10 and 15 militants were detained, while dozens of villagers fled their homes.",
        "A 23-year-old man was shot at 9 a.m. near Route 66, and two hundred and five others were evacuated.",
        "Police seized $850,000 and 8 kilos of cocaine; 3 suspects, aged 19 to 25, were arrested.",
        "The death toll rose to 1.2 million as hundreds of thousands were displaced in 2023.",
        "Nearly 40 percent of the 300 hostages, including a dozen children, remain missing.",
        "No one was killed, but up to 7 people were taken to hospital with gunshot wounds.",
    };

    private List<List<Token>> sentences;

    @Setup
    public void setUp() {
        sentences = java.util.Arrays.stream(SENTENCES).map(s -> Tokenizer.tokenize(s, 0, s.length())).toList();
    }

    @Benchmark
    public void parseAtEveryToken(Blackhole bh) {
        for (List<Token> tokens : sentences) {
            for (int i = 0; i < tokens.size(); i++) {
                bh.consume(QuantityParser.parseAt(tokens, i));
            }
        }
    }

    @Benchmark
    public void endingAtEveryToken(Blackhole bh) {
        for (List<Token> tokens : sentences) {
            for (int i = 0; i < tokens.size(); i++) {
                Quantity q = QuantityParser.endingAt(tokens, i);
                bh.consume(q);
            }
        }
    }
}
