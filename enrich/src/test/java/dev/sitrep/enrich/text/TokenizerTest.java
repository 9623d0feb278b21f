package dev.sitrep.enrich.text;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    private static List<String> lower(String text) {
        return Tokenizer.tokenize(text, 0, text.length()).stream().map(Token::lower).toList();
    }

    @Test
    @DisplayName("keeps separators inside numbers and apostrophes inside words")
    void shouldKeepNumbersAndContractionsWhole() {
        assertThat(lower("1,901 people didn't die; 1.2 million fled."))
                .containsExactly("1,901", "people", "didn't", "die", ";", "1.2", "million", "fled", ".");
    }

    @Test
    @DisplayName("splits hyphenated words and keeps dotted abbreviations")
    void shouldSplitHyphensAndKeepAbbreviations() {
        assertThat(lower("a 23-year-old at 9 a.m. in the U.S."))
                .containsExactly("a", "23", "-", "year", "-", "old", "at", "9", "a.m.", "in", "the", "u.s.");
    }

    @Test
    @DisplayName("reads ordinals as words, never as numbers")
    void shouldReadOrdinalsAsWords() {
        List<Token> tokens = Tokenizer.tokenize("the 14th and 3rd", 0, 16);
        assertThat(tokens).filteredOn(Token::isNumber).isEmpty();
    }

    @Test
    @DisplayName("keeps a web address as one token so its words are not read as prose")
    void shouldKeepLinksWhole() {
        assertThat(lower("see https://example.com/2-dead-in-shooting now"))
                .containsExactly("see", "https://example.com/2-dead-in-shooting", "now");
    }

    @Test
    @DisplayName("finds an address wherever a word or a mark could start one, and only there")
    void shouldFindLinksOnlyWhereTheyCanStart() {
        assertThat(lower("via www.example.org today")).containsExactly("via", "www.example.org", "today");
        assertThat(lower("Visit Example.COM, or HTTPS2go")).containsExactly("visit", "example.com,", "or", "https2go");
        assertThat(lower("open 24/7 at 5/12/2020 in U.S.com")).containsExactly("open", "24", "/", "7", "at",
                "5/12/2020", "in", "u.s.com");
        assertThat(lower("a.m.com ok")).containsExactly("a.m.com", "ok");
        assertThat(lower("the path C:\\dir\\x ends")).containsExactly("the", "path", "c:\\dir\\x", "ends");
        assertThat(lower("no address here.")).containsExactly("no", "address", "here", ".");
    }

    @Test
    @DisplayName("a reused scratch gives the same tokens as fresh ones, forgetting what the last sentence's tokens knew")
    void shouldReuseScratchTokensAsIfNew() {
        TokenScratch scratch = new TokenScratch();
        String first = "Dozens of PEOPLE didn\u2019t flee, see https://example.com/a-b now";
        List<Token> old = Tokenizer.tokenize(first, first.toCharArray(), 0, first.length(), scratch);
        old.forEach(Token::lower); // lower-case forms and hashes made, to be forgotten
        old.forEach(Token::foldHash);
        String second = "\u00c9tienne, 23, was shot in the U.S. on 5/12; 1,200 were hurt";
        List<Token> reused = Tokenizer.tokenize(second, second.toCharArray(), 0, second.length(), scratch);
        List<Token> fresh = Tokenizer.tokenize(second, 0, second.length());
        assertThat(reused).hasSameSizeAs(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            Token r = reused.get(i);
            Token f = fresh.get(i);
            assertThat(r.toString()).isEqualTo(f.toString());
            assertThat(r.lower()).isEqualTo(f.lower());
            assertThat(r.kind()).isEqualTo(f.kind());
            assertThat(r.capitalized()).isEqualTo(f.capitalized());
            assertThat(r.foldHash()).isEqualTo(f.lower().hashCode());
            assertThat(r.ascii()).isEqualTo(f.ascii());
        }
    }

    @Test
    @DisplayName("gives offsets into the text, end exclusive")
    void shouldGiveOffsets() {
        String text = "  Five killed";
        Token five = Tokenizer.tokenize(text, 0, text.length()).get(0);
        assertThat(text.substring(five.start(), five.end())).isEqualTo("Five");
        assertThat(five.capitalized()).isTrue();
    }

    @Test
    @DisplayName("takes words from the text's word tokens only where they read them the same")
    void shouldTokenizeTheSameGivenWordTokens() {
        String text = "At 9 a.m. Mr. Lee's men didn't stop. It hit U.S. troops at \u00c9vian-les-Bains, "
                + "see www.example.com/a-b. Gaza's toll: 30 killed, 12 hurt in Aleppo.";
        char[] chars = text.toCharArray();
        WordTokens words = WordTokenizer.tokenize(text, chars);
        for (int from = 0; from < text.length(); from += 7) {
            for (int to = from; to <= text.length(); to += 11) {
                String expected = tokens(Tokenizer.tokenize(text, chars, from, to));
                for (int nearWord : new int[] {0, words.size() / 2, words.size()}) {
                    assertThat(tokens(Tokenizer.tokenize(text, chars, from, to, new TokenScratch(), words, nearWord)))
                            .as("[%d, %d) from word %d", from, to, nearWord).isEqualTo(expected);
                }
            }
        }
    }

    /** Everything a token tells, in a string that compares. */
    private static String tokens(List<Token> tokens) {
        return tokens.stream().map(t -> t.start() + "-" + t.end() + " " + t.kind() + " " + t.capitalized() + " "
                + t.foldHash() + " " + t.ascii()).toList().toString();
    }
}
