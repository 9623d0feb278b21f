package dev.sitrep.enrich.text;

import dev.sitrep.common.model.Qualifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityParserTest {

    /** The first quantity in the text, reading left to right. */
    private static Quantity first(String text) {
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        for (int i = 0; i < tokens.size(); i++) {
            Quantity q = QuantityParser.parseAt(tokens, i);
            if (q != null) {
                return q;
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("reads digits, separators and number words")
    @CsvSource(delimiter = '|', value = {
            "14 soldiers                     | 14",
            "1,901 people                    | 1901",
            "2,500 residents                 | 2500",
            "twenty-three people             | 23",
            "twenty three people             | 23",
            "two hundred and five civilians  | 205",
            "a hundred people                | 100",
            "1.2 million people              | 1200000",
            "3 million refugees              | 3000000",
            "seventeen miners                | 17",
            "one thousand two hundred people | 1200",
            "a dozen soldiers                | 12",
            "two dozen people                | 24",
            "half a dozen villagers          | 6",
            "both victims                    | 2",
            "1,402,090 people                | 1402090",
            "250000 refugees                 | 250000",
            "911 people                      | 911",
            "14 Afghan soldiers              | 14",
            "500-1000 people                 | 500",
    })
    void shouldReadNumbers(String text, long best) {
        assertThat(first(text)).isNotNull().extracting(Quantity::best).isEqualTo(best);
    }

    @ParameterizedTest(name = "{0} -> {1} [{2}, {3}] {4}")
    @DisplayName("turns bound words into low, high and a qualifier")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "at least 14 soldiers            | 14 | 14 | null | AT_LEAST",
            "more than 20 people             | 20 | 20 | null | MORE_THAN",
            "over 30 civilians               | 30 | 30 | null | MORE_THAN",
            "up to 15 people                 | 15 | 1  | 15   | UP_TO",
            "nearly 50 people                | 50 | 45 | 50   | NEARLY",
            "about 100 people                | 100 | 80 | 120 | ABOUT",
            "between 10 and 15 people        | 10 | 10 | 15   | RANGE",
            "10 to 15 people                 | 10 | 10 | 15   | RANGE",
            "two or three people             | 2  | 2  | 3    | RANGE",
            "dozens of people                | 12 | 12 | null | VAGUE",
            "tens of people                  | 10 | 10 | null | VAGUE",
            "hundreds of people              | 100 | 100 | null | VAGUE",
            "tens of thousands of people     | 10000 | 10000 | null | VAGUE",
            "scores of people                | 20 | 20 | null | VAGUE",
            "several people                  | 3  | 3  | 9    | VAGUE",
            "a couple of men                 | 2  | 2  | 3    | VAGUE",
            "14 soldiers                     | 14 | 14 | 14   | EXACT",
    })
    void shouldBoundNumbers(String text, long best, long low, Long high, Qualifier qualifier) {
        Quantity q = first(text);
        assertThat(q).isNotNull();
        assertThat(q.best()).isEqualTo(best);
        assertThat(q.low()).isEqualTo(low);
        assertThat(q.high()).isEqualTo(high);
        assertThat(q.qualifier()).isEqualTo(qualifier);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("refuses what only looks like a count: ordinals, ages, years, times, labels, money, measures")
    @ValueSource(strings = {
            "the 14th brigade",
            "a 23-year-old",
            "in 2014",
            "at 9 a.m.",
            "at 9:30",
            "Route 66",
            "Article 5",
            "$850,000",
            "8 kilos",
            "on 9 May",
            "May 9",
            "a 30-minute firefight",
            "John Smith, 23,",
            "an AK-47",
            "50 percent",
            "3.5",
            "99999999999999999999999999",
            "Case Number: 1402090064 police arrested",
            "call 5551234 people",
            "a man at 8344 Twin Chapel Drive was pronounced dead",
            "found at 516 Springhill Plaza Court with gunshot wounds",
            "called 911 saying her nephew had been injured",
            "call the sheriff at (877) 288-1926",
            "call 509-773-4455 with information",
            "On Sept. 3, police said",
            "Jan. 10",
    })
    void shouldRefuseNonCounts(String text) {
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        for (int i = 0; i < tokens.size(); i++) {
            Quantity q = QuantityParser.parseAt(tokens, i);
            assertThat(q == null || q.form() == QuantityForm.ARTICLE)
                    .as("token %d of '%s' read as %s", i, text, q).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("reads negative counts as zero")
    @ValueSource(strings = {"no one", "none", "nobody", "no people", "not a single person"})
    void shouldReadZero(String text) {
        assertThat(first(text)).isNotNull().extracting(Quantity::form).isEqualTo(QuantityForm.ZERO);
    }

    @ParameterizedTest(name = "{0} ends at token {1}")
    @DisplayName("finds the longest quantity ending at a token, for reading leftwards")
    @CsvSource(delimiter = '|', value = {
            "at least 14 | 2 | 14 | AT_LEAST",
            "two hundred and five | 3 | 205 | EXACT",
            "between 3 and 5 | 3 | 3 | RANGE",
    })
    void shouldFindQuantityEndingAt(String text, int last, long best, Qualifier qualifier) {
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        Quantity q = QuantityParser.endingAt(tokens, last);
        assertThat(q).isNotNull();
        assertThat(q.first()).isZero();
        assertThat(q.best()).isEqualTo(best);
        assertThat(q.qualifier()).isEqualTo(qualifier);
    }
}
