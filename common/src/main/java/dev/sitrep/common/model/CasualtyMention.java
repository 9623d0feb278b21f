package dev.sitrep.common.model;

import java.util.Objects;

/**
 * One reported casualty figure in an article.
 *
 * @param type      what happened to the victims
 * @param count     the best single value for this figure
 * @param low       the lower bound implied by the wording
 * @param high      the upper bound, or null when unbounded ("at least 14")
 * @param qualifier the wording of the bound
 * @param victims   the noun phrase counted ("Azerbaijani soldiers"), or null
 * @param field     the field the offsets refer to
 * @param start     start offset into {@code field}, a Java {@code String} index
 * @param end       end offset into {@code field}, exclusive
 * @param evidence  the text of the span {@code [start, end)}
 * @param location  index into the article's locations of where the event happened, or null
 */
public record CasualtyMention(
        CasualtyType type,
        long count,
        long low,
        Long high,
        Qualifier qualifier,
        String victims,
        TextField field,
        int start,
        int end,
        String evidence,
        Integer location) {

    public CasualtyMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(evidence, "evidence");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public CasualtyMention withLocation(Integer newLocation) {
        return new CasualtyMention(type, count, low, high, qualifier, victims, field, start, end, evidence, newLocation);
    }
}
