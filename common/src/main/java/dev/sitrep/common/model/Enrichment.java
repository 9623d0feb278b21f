package dev.sitrep.common.model;

import java.util.List;

/**
 * What the engine adds to one article.
 *
 * @param casualties casualty figures and totals
 * @param locations  distinct resolved places, ordered by first mention
 */
public record Enrichment(Casualties casualties, List<Location> locations) {

    public static final Enrichment EMPTY = new Enrichment(Casualties.NONE, List.of());

    public Enrichment {
        locations = List.copyOf(locations);
    }
}
