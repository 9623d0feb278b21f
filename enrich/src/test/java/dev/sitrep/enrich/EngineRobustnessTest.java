package dev.sitrep.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.json.Json;
import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.CasualtyMention;
import dev.sitrep.common.model.Enrichment;
import dev.sitrep.common.model.Location;
import dev.sitrep.common.model.LocationMention;
import dev.sitrep.enrich.process.ArticleProcessor;
import dev.sitrep.enrich.process.Outcome;
import dev.sitrep.enrich.process.RecordSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The whole engine ({@link EnricherFactory#standard()}: every extractor it is built from) and the processor
 * around it, fed random and adversarial text: no input may throw, produce an offset outside its field, or
 * take unbounded time. The casualty package has its own fuzz tests of the extractor alone; these add the
 * other passes, the title field, the JSON round trip and place names.
 */
class EngineRobustnessTest {

    private static final Enricher ENGINE = EnricherFactory.standard();
    private static final ArticleProcessor PROCESSOR =
            ArticleProcessor.enriching(ENGINE, new ArticleReader(), Clock.systemUTC());
    private static final ObjectMapper MAPPER = Json.mapper();
    private static final int MIB = 1 << 20;
    /** "Well under a second" is the aim; this bound only keeps a loaded 2-core machine from flaking. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static final String[] PIECES = {"killed", "were", "at least", "at most", "up to", "14", "1,000", "2.5",
        "million", "dozens", "hundreds of", "and", "or", ",", ".", ";", "!", "?", "\n", "\n\n", "-", "(", ")", "\"",
        "'", "\u2019", "\u201c", "\u201d", "\u2014", "died", "dead", "injured", "wounded", "missing", "kidnapped",
        "abducted", "arrested", "displaced", "fled", "toll", "rose", "to", "from", "between", "people", "soldiers",
        "civilians", "children", "in", "near", "Sochi", "Kharkiv", "Donetsk", "Gaza", "Khartoum", "Paris", "Georgia",
        "Jordan", "Nice", "Reading", "Mr.", "St.", "U.S.", "No.", "one", "two", "twenty-three", "first", "1990",
        "2024", "-5", "1e9", "\u0663\u0664", "\uD83D\uDCA5", "\uD800", "\uDC00", "\u0000", "\u0007", "\u200D",
        "\uFEFF", "\u2028", "\u202E", "e\u0301"};

    @Property(tries = 400)
    @Label("never throws, and every offset lies in its field, on any string in text and title")
    void shouldNeverThrowOnAnyString(@ForAll @StringLength(max = 3_000) String text,
                                     @ForAll @StringLength(max = 300) String title) {
        check(new ArticleText("fuzz", title, text, "en"));
    }

    @Property(tries = 1_500)
    @Label("never throws on random sentences of casualty words, numbers, places and odd characters")
    void shouldNeverThrowOnRandomTokens(@ForAll("articles") String text) {
        check(new ArticleText("fuzz", text.length() > 80 ? text.substring(0, 80) : text, text, "en"));
    }

    @Property(tries = 300)
    @Label("any string that makes a valid article comes out of the processor as JSON that reads back")
    void shouldRoundTripThroughTheProcessor(@ForAll("articles") String text) throws Exception {
        if (text.isBlank()) {
            return;
        }
        byte[] in = MAPPER.writeValueAsBytes(Map.of("id", "fuzz", "title", text.substring(0, Math.min(40, text.length())),
                "text", text));

        Outcome out = PROCESSOR.process("fuzz", in, RecordSource.UNKNOWN);

        assertThat(out).as(new String(out.json(), java.nio.charset.StandardCharsets.UTF_8))
                .isInstanceOf(Outcome.Enriched.class);
        JsonNode json = MAPPER.readTree(out.json());
        assertThat(json.path("text").asText()).isEqualTo(text);
        for (JsonNode m : json.path("casualties").path("mentions")) {
            String field = json.path(m.path("field").asText()).asText();
            assertThat(field.substring(m.path("start").asInt(), m.path("end").asInt())).isEqualTo(m.path("evidence").asText());
        }
    }

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.integers().between(0, 10_000_000).map(i -> Integer.toString(i)),
                Arbitraries.strings().ofMaxLength(6));
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "", "  ", "\t");
        return Arbitraries.lazy(() -> piece.flatMap(p -> gap.map(g -> p + g)))
                .list().ofMaxSize(120).map(parts -> String.join("", parts));
    }

    @ParameterizedTest(name = "1 MiB of \"{0}\"")
    @DisplayName("finishes a mebibyte of adversarial text in bounded time, never throwing")
    @ValueSource(strings = {"at least at least ", "killed in Kyiv. ", "12,345,678 ",
        "one two three four five ", "hundreds of thousands of ", "Mr. Dr. St. No. ", "word ", "\u0663\u0664\u0665 ",
        "\uD83D\uDCA5\uD83D\uDD25 ", "\uD800", "\u0000\u0007\u001B ", "-5 -6 -7 ", "5.5.5.5 ", "\u00AB\u00BB\u201E\u201C ",
        "x", "1"})
    void shouldFinishAdversarialMebibyte(String unit) {
        finishMebibyte(unit);
    }

    @ParameterizedTest(name = "1 MiB of \"{0}\"")
    @DisplayName("finishes a mebibyte of text dense with places and casualty figures in bounded time")
    @ValueSource(strings = {"Sochi, Kharkiv and Donetsk, ", "At least 5 people were killed and 7 injured in Sochi on Monday. ",
        "The death toll rose to 30, up from 25, officials in Gaza said. "})
    void shouldFinishAMebibyteDenseWithPlaces(String unit) {
        finishMebibyte(unit);
    }

    private static void finishMebibyte(String unit) {
        String text = unit.repeat(MIB / unit.length() + 1).substring(0, MIB);
        ArticleText article = new ArticleText("big", text.substring(0, 1_000), text, "en");

        long cold = timed(() -> check(article));
        long warm = timed(() -> check(article));
        System.out.printf(Locale.ROOT, "FIGURES engine, 1 MiB of \"%s\": %d ms, again %d ms%n", printable(unit), cold, warm);
    }

    @ParameterizedTest(name = "1 MiB title of \"{0}\"")
    @DisplayName("a mebibyte-long title is read in bounded time too")
    @ValueSource(strings = {"at least 14 killed, ", "Mr. Dr. St. No. "})
    void shouldFinishAMebibyteTitle(String unit) {
        ArticleText article = new ArticleText("big", unit.repeat(MIB / unit.length() + 1), "Calm.", "en");
        long cold = timed(() -> check(article));
        long warm = timed(() -> check(article));
        System.out.printf(Locale.ROOT, "FIGURES engine, 1 MiB title of \"%s\": %d ms, again %d ms%n", printable(unit),
                cold, warm);
    }

    /** Milliseconds {@code run} takes; fails past the bound. */
    private static long timed(Runnable run) {
        long t = System.nanoTime();
        assertTimeoutPreemptively(BOUND, run::run);
        return (System.nanoTime() - t) / 1_000_000;
    }

    private static void check(ArticleText article) {
        Enrichment e = ENGINE.enrich(article);
        for (CasualtyMention m : e.casualties().mentions()) {
            String field = article.field(m.field());
            assertThat(m.end()).isLessThanOrEqualTo(field.length());
            assertThat(field.substring(m.start(), m.end())).isEqualTo(m.evidence());
            if (m.location() != null) {
                assertThat(m.location()).isBetween(0, e.locations().size() - 1);
            }
        }
        for (Location l : e.locations()) {
            for (LocationMention m : l.mentions()) {
                String field = article.field(m.field());
                assertThat(m.end()).isLessThanOrEqualTo(field.length());
                assertThat(m.start()).isBetween(0, m.end());
            }
        }
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c > 0x7E ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}
