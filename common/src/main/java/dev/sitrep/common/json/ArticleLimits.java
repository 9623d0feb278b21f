package dev.sitrep.common.json;

/**
 * Bounds checked before and while an article is parsed.
 *
 * @param maxRecordBytes largest raw value read at all; larger ones are rejected unparsed
 * @param maxTextChars   longest {@code text}, in Java chars (UTF-16 units)
 * @param maxDepth       deepest JSON nesting accepted
 */
public record ArticleLimits(int maxRecordBytes, int maxTextChars, int maxDepth) {

    public static final int MIB = 1024 * 1024;

    /** 1 MiB of text, 4 MiB of raw JSON, nesting 64 deep. */
    public static final ArticleLimits DEFAULT = new ArticleLimits(4 * MIB, MIB, 64);

    public ArticleLimits {
        if (maxRecordBytes <= 0 || maxTextChars <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("article limits must be positive: " + maxRecordBytes
                    + ", " + maxTextChars + ", " + maxDepth);
        }
    }
}
