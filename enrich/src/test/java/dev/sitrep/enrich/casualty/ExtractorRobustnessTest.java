package dev.sitrep.enrich.casualty;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.CasualtyMention;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ExtractorRobustnessTest {

    private static final RuleBasedCasualtyExtractor EXTRACTOR = new RuleBasedCasualtyExtractor();
    private static final int MIB = 1 << 20;

    private static void checkValid(String text) {
        Casualties c = EXTRACTOR.extract(ArticleText.of("fuzz", text));
        for (CasualtyMention m : c.mentions()) {
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.evidence());
        }
    }

    @ParameterizedTest(name = "1 MiB of \"{0}\"")
    @DisplayName("reads a mebibyte of repeated numbers, punctuation or casualty words in linear time, never throwing")
    @ValueSource(strings = {"1,2,3,4,5 ", "9999999999999999999999", "....!!??,,;;", "killed ", "at least 14 killed, ",
            "- - - 12 - - - ", "twenty-three hundred and ", "a a a a ", "no one was killed and ", "2014 ",
            "killed killed 5 5 dead dead ", "((((", "http://x.com/1/2/ ", "  \n\n  ", "\u2019s \u201c"})
    void shouldSurviveRepeatedInput(String unit) {
        String text = unit.repeat(MIB / unit.length() + 1);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> checkValid(text));
    }

    @Test
    @DisplayName("never throws on random text drawn from casualty words, numbers and punctuation")
    void shouldSurviveRandomText() {
        String[] pieces = {"killed", "were", "at least", "14", "1,000", "and", ",", ".", "two", "hundred", "-", "year",
                "old", "the", "man", "no", "not", "dead", "toll", "rose", "to", "between", "wounded", "shot", "a",
                "of", "\n", "Smith", "(", ")", "'", "\u2019", "$", "5.5", "dozens", "several", "none", "who", "died"};
        Random random = new Random(42);
        for (int doc = 0; doc < 2000; doc++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            checkValid(b.toString());
        }
    }

    @Test
    @DisplayName("never throws on random characters")
    void shouldSurviveRandomCharacters() {
        Random random = new Random(7);
        for (int doc = 0; doc < 500; doc++) {
            char[] chars = new char[random.nextInt(400)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) random.nextInt(0x3000);
            }
            checkValid(new String(chars));
        }
    }
}
