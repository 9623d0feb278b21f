package dev.sitrep.enrich.process;

import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.enrich.Enricher;
import dev.sitrep.enrich.EnricherFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleProcessorLoadingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private static final byte[] ARTICLE = "{\"id\":\"a\",\"text\":\"Two people were killed in Kabul.\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    @DisplayName("should enrich with an engine that loads while the first record waits, as the loaded engine would")
    void shouldEnrichOnceTheEngineHasLoaded() {
        Enricher engine = EnricherFactory.standard();
        CompletableFuture<Enricher> loading = new CompletableFuture<>();
        ArticleProcessor waiting = ArticleProcessor.enriching(loading, new ArticleReader(), CLOCK);
        loading.complete(engine);

        Outcome out = waiting.process("a", ARTICLE, RecordSource.UNKNOWN);

        assertThat(out).isInstanceOf(Outcome.Enriched.class);
        assertThat(out.json()).isEqualTo(ArticleProcessor.enriching(engine, new ArticleReader(), CLOCK)
                .process("a", ARTICLE, RecordSource.UNKNOWN).json());
    }

    @Test
    @DisplayName("should stop the stream thread, not dead-letter good records, when the engine cannot load")
    void shouldThrowWhenTheEngineCannotLoad() {
        ArticleProcessor broken = ArticleProcessor.enriching(
                CompletableFuture.failedFuture(new IllegalStateException("gazetteer missing")), new ArticleReader(), CLOCK);

        assertThatThrownBy(() -> broken.process("a", ARTICLE, RecordSource.UNKNOWN))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("gazetteer missing");
    }
}
