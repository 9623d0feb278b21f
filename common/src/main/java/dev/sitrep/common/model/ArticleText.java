package dev.sitrep.common.model;

import java.util.Objects;

/**
 * What the extraction engine reads of an article.
 *
 * @param id       the article id, never null
 * @param title    the headline, or null when the article has none
 * @param text     the body, never null
 * @param language ISO 639-1 code, {@code "en"} when the input gave none
 */
public record ArticleText(String id, String title, String text, String language) {

    public ArticleText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        language = language == null ? "en" : language;
    }

    public static ArticleText of(String id, String text) {
        return new ArticleText(id, null, text, "en");
    }

    /** The text of one field, or the empty string when the article has no title. */
    public String field(TextField field) {
        return field == TextField.TITLE ? (title == null ? "" : title) : text;
    }
}
