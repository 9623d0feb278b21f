package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.extractor.NameMention;
import dev.sitrep.enrich.geo.gazetteer.Place;

import java.util.List;
import java.util.Objects;

/**
 * The place one name was resolved to.
 *
 * @param place      the chosen gazetteer entry
 * @param confidence the resolver's confidence, 0 to 1
 * @param mentions   where the name stands, in text order (title first)
 */
public record Resolution(Place place, double confidence, List<NameMention> mentions) {

    public Resolution {
        Objects.requireNonNull(place, "place");
        mentions = List.copyOf(mentions);
    }
}
