package dev.sitrep.common.json;

/** Why a record could not be enriched: the {@code error} field of a dead letter. */
public enum ErrorCode {
    /** The record had no value (a tombstone or an empty message). */
    EMPTY_RECORD,
    /**
     * The raw value is larger than the configured limit (it was not parsed), or holds a number or field name
     * longer than the parser takes.
     */
    TOO_LARGE,
    /** The value is not valid UTF-8. */
    NOT_UTF8,
    /** The value is not JSON. */
    INVALID_JSON,
    /** The value is JSON but nested deeper than the configured limit. */
    TOO_DEEP,
    /** The value is JSON but not an object. */
    NOT_AN_OBJECT,
    /** The object has neither {@code text} nor {@code body}. */
    NO_TEXT,
    /** The text is empty after trimming. */
    EMPTY_TEXT,
    /** The text is longer than the configured limit. */
    TEXT_TOO_LARGE,
    /** A known field has the wrong JSON type, or an unreadable value ({@code publishedAt}). */
    WRONG_TYPE,
    /** The engine failed on this article; the message says how. */
    ENRICHMENT_FAILED,
    /** The enriched article is larger than the largest record the enriched topic takes. */
    ENRICHED_TOO_LARGE
}
