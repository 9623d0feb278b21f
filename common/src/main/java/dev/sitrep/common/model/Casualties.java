package dev.sitrep.common.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Casualty figures of one article.
 *
 * @param totals   one entry per type found, in {@link CasualtyType} order
 * @param mentions every figure found, in text order (title first)
 */
public record Casualties(Map<CasualtyType, CasualtyTotal> totals, List<CasualtyMention> mentions) {

    public static final Casualties NONE = new Casualties(Map.of(), List.of());

    public Casualties {
        EnumMap<CasualtyType, CasualtyTotal> sorted = new EnumMap<>(CasualtyType.class);
        sorted.putAll(totals);
        totals = Collections.unmodifiableMap(sorted);
        mentions = List.copyOf(mentions);
    }

    public Casualties withMentions(List<CasualtyMention> newMentions) {
        return new Casualties(totals, newMentions);
    }
}
