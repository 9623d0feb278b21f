package dev.sitrep.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.model.ArticleText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Reads one input record as an article (the contract's input format) or says exactly why it cannot.
 *
 * <p>Thread-safe: holds only an immutable mapper and limits.
 */
public final class ArticleReader {

    private static final String[] STRING_FIELDS = {"title", "url", "source", "language", "publishedAt"};

    private final ObjectMapper mapper;
    private final ArticleLimits limits;

    public ArticleReader(ArticleLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.mapper = Json.mapper(limits.maxDepth());
    }

    public ArticleReader() {
        this(ArticleLimits.DEFAULT);
    }

    public ArticleLimits limits() {
        return limits;
    }

    /**
     * Reads a raw record value: size, UTF-8 and JSON are checked here, before the fields. Throws nothing else:
     * whatever the bytes, the answer is an article or a reason.
     */
    public ParsedArticle read(byte[] value) throws InvalidArticleException {
        if (value == null || value.length == 0) {
            throw new InvalidArticleException(ErrorCode.EMPTY_RECORD, "the record has no value");
        }
        if (value.length > limits.maxRecordBytes()) {
            throw new InvalidArticleException(ErrorCode.TOO_LARGE, "the record is " + value.length
                    + " bytes, over the limit of " + limits.maxRecordBytes());
        }
        checkUtf8(value);
        JsonNode node;
        try {
            node = mapper.readTree(value);
        } catch (StreamConstraintsException e) {
            // Nesting is its own code; the other constraints are lengths: a number or a field name too long.
            ErrorCode code = e.getOriginalMessage().contains("nesting depth") ? ErrorCode.TOO_DEEP : ErrorCode.TOO_LARGE;
            throw new InvalidArticleException(code, e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException(ErrorCode.INVALID_JSON, e.getOriginalMessage() + location(e));
        } catch (IOException | RuntimeException e) {
            // Jackson lets a few conversions throw unchecked, such as a number whose exponent overflows.
            throw new InvalidArticleException(ErrorCode.INVALID_JSON, String.valueOf(e.getMessage()));
        }
        return read(node);
    }

    /** Reads an already parsed JSON value. */
    public ParsedArticle read(JsonNode node) throws InvalidArticleException {
        if (node == null || node.isMissingNode()) {
            throw new InvalidArticleException(ErrorCode.INVALID_JSON, "no JSON value");
        }
        if (!node.isObject()) {
            throw new InvalidArticleException(ErrorCode.NOT_AN_OBJECT,
                    "expected a JSON object, got " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        ObjectNode object = (ObjectNode) node;
        String textField = object.has("text") ? "text" : "body";
        JsonNode textNode = object.get(textField);
        if (textNode == null || textNode.isNull()) {
            throw new InvalidArticleException(ErrorCode.NO_TEXT, "the article has no \"text\" (or \"body\") field");
        }
        if (!textNode.isTextual()) {
            throw wrongType(textField, textNode, "a string");
        }
        String text = textNode.textValue();
        if (text.length() > limits.maxTextChars()) {
            throw new InvalidArticleException(ErrorCode.TEXT_TOO_LARGE, "\"" + textField + "\" is " + text.length()
                    + " characters, over the limit of " + limits.maxTextChars());
        }
        if (text.isBlank()) {
            throw new InvalidArticleException(ErrorCode.EMPTY_TEXT, "\"" + textField + "\" is empty");
        }
        for (String field : STRING_FIELDS) {
            JsonNode v = object.get(field);
            if (v != null && !v.isNull() && !v.isTextual()) {
                throw wrongType(field, v, "a string");
            }
        }
        checkPublishedAt(object.get("publishedAt"));

        JsonNode idNode = object.get("id");
        String id;
        if (idNode == null || idNode.isNull() || (idNode.isTextual() && idNode.textValue().isBlank())) {
            String url = textOrNull(object, "url");
            id = sha256Hex(url != null && !url.isBlank() ? url : text);
            ObjectNode withId = object.objectNode();
            withId.put("id", id);
            object.remove("id");
            withId.setAll(object);
            object = withId;
        } else if (idNode.isTextual()) {
            id = idNode.textValue();
        } else if (idNode.isIntegralNumber()) {
            id = idNode.asText();
        } else {
            throw wrongType("id", idNode, "a string");
        }
        ArticleText article = new ArticleText(id, textOrNull(object, "title"), text, textOrNull(object, "language"));
        return new ParsedArticle(object, article);
    }

    /** The id an article gets when its input has none: hex SHA-256 of {@code url}, else of {@code text}. */
    public static String sha256Hex(String s) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void checkUtf8(byte[] value) throws InvalidArticleException {
        if (!Utf8.isWellFormed(value)) {
            throw new InvalidArticleException(ErrorCode.NOT_UTF8, "the record is not valid UTF-8");
        }
    }

    private static void checkPublishedAt(JsonNode v) throws InvalidArticleException {
        if (v == null || v.isNull()) {
            return;
        }
        String s = v.textValue();
        try {
            if (s.length() <= 10) {
                LocalDate.parse(s);
            } else {
                try {
                    OffsetDateTime.parse(s);
                } catch (DateTimeParseException e) {
                    java.time.LocalDateTime.parse(s);
                }
            }
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException(ErrorCode.WRONG_TYPE,
                    "\"publishedAt\" is not an ISO-8601 date or date-time: " + abbreviate(s));
        }
    }

    private static String textOrNull(ObjectNode object, String field) {
        JsonNode v = object.get(field);
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    private static InvalidArticleException wrongType(String field, JsonNode v, String expected) {
        return new InvalidArticleException(ErrorCode.WRONG_TYPE, "\"" + field + "\" must be " + expected + ", got "
                + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static String location(JsonProcessingException e) {
        if (e.getLocation() == null) {
            return "";
        }
        return " at line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
