package dev.sitrep.jmh;

import dev.sitrep.bench.SyntheticCorpus;
import dev.sitrep.common.model.ArticleText;

import java.util.ArrayList;
import java.util.List;

/** The articles the benchmarks cycle through: the synthetic corpus of {@code sitrep bench}, seed 42. */
public final class Corpus {

    /** Enough articles that branch predictors cannot learn one. */
    public static final int SIZE = 256;

    private Corpus() {
    }

    public static List<ArticleText> articles() {
        List<String> texts = new SyntheticCorpus(42).articles(SIZE, 3600);
        List<ArticleText> out = new ArrayList<>(SIZE);
        for (int i = 0; i < texts.size(); i++) {
            out.add(new ArticleText("jmh-" + i, SyntheticCorpus.headline(texts.get(i)), texts.get(i), "en"));
        }
        return out;
    }
}
