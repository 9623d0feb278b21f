package dev.sitrep.common.json;

import dev.sitrep.common.config.ConfigException;
import dev.sitrep.common.config.Setting;
import dev.sitrep.common.config.Settings;

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

    /** The text limit, the one bound users set; the raw-record limit follows it. */
    public static final Setting MAX_TEXT_CHARS =
            Setting.of("--max-text-chars", "SITREP_MAX_TEXT_CHARS", Integer.toString(DEFAULT.maxTextChars()));

    /** Beyond this the raw record would pass what a producer sends (ingest's requests are 8 MiB). */
    private static final int MAX_TEXT_CHARS_ALLOWED = 2 * MIB;

    public ArticleLimits {
        if (maxRecordBytes <= 0 || maxTextChars <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("article limits must be positive: " + maxRecordBytes
                    + ", " + maxTextChars + ", " + maxDepth);
        }
    }

    /**
     * The limits for {@code --max-text-chars} (flag, environment, file, default 1 MiB): the raw record may be
     * four bytes a char, and never less than the default 4 MiB.
     *
     * @throws ConfigException naming {@code --max-text-chars} when out of range
     */
    public static ArticleLimits resolve(Settings settings, Integer maxTextCharsFlag) {
        long chars = settings.positive(MAX_TEXT_CHARS, maxTextCharsFlag == null ? null : maxTextCharsFlag.toString());
        if (chars > MAX_TEXT_CHARS_ALLOWED) {
            throw new ConfigException(MAX_TEXT_CHARS.option(), "must be at most " + MAX_TEXT_CHARS_ALLOWED
                    + " (a bigger article would not fit in a Kafka request), got " + chars);
        }
        return new ArticleLimits(Math.max(DEFAULT.maxRecordBytes(), 4 * (int) chars), (int) chars, DEFAULT.maxDepth());
    }
}
