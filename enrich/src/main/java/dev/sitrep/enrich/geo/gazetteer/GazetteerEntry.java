package dev.sitrep.enrich.geo.gazetteer;

import java.util.Map;
import java.util.Objects;

/**
 * A place with every other name it goes by.
 *
 * @param place      the place (its own name is {@code place.name()})
 * @param otherNames more names, each with how it refers to the place
 */
public record GazetteerEntry(Place place, Map<String, NameKind> otherNames) {

    /** Ids at and above this are sitrep's own, for places the GeoNames extracts lack. */
    public static final long SUPPLEMENT_IDS = 900_000_000L;

    public GazetteerEntry {
        Objects.requireNonNull(place, "place");
        otherNames = Map.copyOf(otherNames);
    }
}
