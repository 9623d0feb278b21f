package dev.sitrep.common.json;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader(new ArticleLimits(4096, 100, 8));

    static Stream<Arguments> badRecords() {
        return Stream.of(
                Arguments.of("empty record", bytes(""), ErrorCode.EMPTY_RECORD),
                Arguments.of("over the byte limit", bytes("{\"text\":\"" + "x".repeat(5000) + "\"}"), ErrorCode.TOO_LARGE),
                Arguments.of("not UTF-8", new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xE9, '"', '}'}, ErrorCode.NOT_UTF8),
                Arguments.of("not JSON", bytes("{\"text\": "), ErrorCode.INVALID_JSON),
                Arguments.of("trailing garbage", bytes("{\"text\":\"a\"} x"), ErrorCode.INVALID_JSON),
                Arguments.of("too deep", bytes("{\"text\":\"a\",\"x\":" + "[".repeat(20) + "]".repeat(20) + "}"), ErrorCode.TOO_DEEP),
                Arguments.of("an array", bytes("[1]"), ErrorCode.NOT_AN_OBJECT),
                Arguments.of("a string", bytes("\"text\""), ErrorCode.NOT_AN_OBJECT),
                Arguments.of("no text", bytes("{\"id\":\"a\"}"), ErrorCode.NO_TEXT),
                Arguments.of("null text", bytes("{\"text\":null}"), ErrorCode.NO_TEXT),
                Arguments.of("blank text", bytes("{\"text\":\" \\n \"}"), ErrorCode.EMPTY_TEXT),
                Arguments.of("text over the char limit", bytes("{\"text\":\"" + "x".repeat(101) + "\"}"), ErrorCode.TEXT_TOO_LARGE),
                Arguments.of("text a number", bytes("{\"text\":5}"), ErrorCode.WRONG_TYPE),
                Arguments.of("title an object", bytes("{\"text\":\"a\",\"title\":{}}"), ErrorCode.WRONG_TYPE),
                Arguments.of("id a list", bytes("{\"text\":\"a\",\"id\":[1]}"), ErrorCode.WRONG_TYPE),
                Arguments.of("bad date", bytes("{\"text\":\"a\",\"publishedAt\":\"yesterday\"}"), ErrorCode.WRONG_TYPE),
                Arguments.of("a 1,001-digit number", bytes("{\"text\":\"a\",\"n\":" + "1".repeat(1001) + "}"),
                        ErrorCode.TOO_LARGE),
                Arguments.of("an exponent past int", bytes("{\"text\":\"a\",\"n\":1E+2147483648}"), ErrorCode.INVALID_JSON),
                Arguments.of("NaN", bytes("{\"text\":NaN}"), ErrorCode.INVALID_JSON),
                Arguments.of("single quotes", bytes("{'text':'a'}"), ErrorCode.INVALID_JSON),
                Arguments.of("two values", bytes("{\"text\":\"a\"} {\"text\":\"b\"}"), ErrorCode.INVALID_JSON),
                Arguments.of("a NUL after the value", bytes("{\"text\":\"a\"}\u0000"), ErrorCode.INVALID_JSON),
                Arguments.of("a lone continuation byte", new byte[] {'{', (byte) 0x80, '}'}, ErrorCode.NOT_UTF8),
                Arguments.of("an overlong encoding", new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'}, ErrorCode.NOT_UTF8),
                Arguments.of("binary junk", new byte[] {0x00, 0x01, (byte) 0xFE, (byte) 0xFF, 0x7F}, ErrorCode.NOT_UTF8),
                Arguments.of("a boolean text", bytes("{\"text\":true}"), ErrorCode.WRONG_TYPE),
                Arguments.of("an array text", bytes("{\"text\":[\"a\"]}"), ErrorCode.WRONG_TYPE),
                Arguments.of("a numeric url", bytes("{\"text\":\"a\",\"url\":1}"), ErrorCode.WRONG_TYPE),
                Arguments.of("a numeric publishedAt", bytes("{\"text\":\"a\",\"publishedAt\":20201012}"), ErrorCode.WRONG_TYPE));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("badRecords")
    @DisplayName("every way a record is unusable has its dead-letter code")
    void shouldGiveEachBadRecordItsCode(String what, byte[] value, ErrorCode expected) {
        InvalidArticleException e = catchThrowableOfType(InvalidArticleException.class, () -> reader.read(value));

        assertThat(e).as(what).isNotNull();
        assertThat(e.code()).isEqualTo(expected);
        assertThat(e.getMessage()).isNotBlank();
    }

    @Test
    @DisplayName("type names in the input are data, never instructions: no polymorphic typing")
    void shouldTreatTypeNamesAsData() throws Exception {
        ParsedArticle a = reader.read(bytes("{\"text\":\"t\",\"@class\":\"java.lang.ProcessBuilder\",\"x\":[\"java.net.URL\",\"h\"]}"));

        assertThat(a.json().get("@class").asText()).isEqualTo("java.lang.ProcessBuilder");
        assertThat(Json.mapper().getDeserializationConfig().getDefaultTyper(null)).isNull();
    }

    @Test
    @DisplayName("an article without id gets the SHA-256 of its url, first in the object")
    void shouldAssignIdFromUrl() throws Exception {
        ParsedArticle a = reader.read(bytes("{\"text\":\"t\",\"url\":\"https://example.org/a\"}"));

        assertThat(a.id()).isEqualTo(ArticleReader.sha256Hex("https://example.org/a")).hasSize(64);
        assertThat(a.json().fieldNames().next()).isEqualTo("id");
    }

    @Test
    @DisplayName("without url the id is the SHA-256 of the text; body is an alias of text")
    void shouldAssignIdFromText() throws Exception {
        ParsedArticle a = reader.read(bytes("{\"body\":\"some text\"}"));

        assertThat(a.id()).isEqualTo(ArticleReader.sha256Hex("some text"));
        assertThat(a.text().text()).isEqualTo("some text");
    }

    @Test
    @DisplayName("unknown fields pass through untouched and language defaults to en")
    void shouldKeepUnknownFields() throws Exception {
        ParsedArticle a = reader.read(bytes("{\"id\":7,\"text\":\"t\",\"gold\":{\"killed\":3},\"publishedAt\":\"2020-10-12\"}"));

        assertThat(a.id()).isEqualTo("7");
        assertThat(a.json().get("gold").get("killed").intValue()).isEqualTo(3);
        assertThat(a.text().language()).isEqualTo("en");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
