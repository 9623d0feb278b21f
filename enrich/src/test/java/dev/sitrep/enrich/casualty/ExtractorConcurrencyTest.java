package dev.sitrep.enrich.casualty;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorConcurrencyTest {

    @Test
    @DisplayName("gives the same answers from many threads sharing one extractor, as Kafka Streams threads do")
    void shouldGiveSameAnswersFromManyThreads() throws Exception {
        RuleBasedCasualtyExtractor shared = new RuleBasedCasualtyExtractor();
        List<ArticleText> articles = new ArrayList<>();
        for (ArticleRegressionTest.Case c : ArticleRegressionTest.articles()) {
            articles.add(c.article());
        }
        List<Casualties> expected = articles.stream().map(shared::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        for (int i = 0; i < articles.size(); i++) {
                            if (!shared.extract(articles.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
