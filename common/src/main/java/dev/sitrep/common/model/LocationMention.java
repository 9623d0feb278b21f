package dev.sitrep.common.model;

/**
 * Where a place is named in the article.
 *
 * @param field the field the offsets refer to
 * @param start start offset, a Java {@code String} index
 * @param end   end offset, exclusive
 * @param text  the text of the span
 */
public record LocationMention(TextField field, int start, int end, String text) {
}
