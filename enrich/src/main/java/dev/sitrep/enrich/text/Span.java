package dev.sitrep.enrich.text;

/**
 * A range of a text.
 *
 * @param start start offset, a Java {@code String} index
 * @param end   end offset, exclusive
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
