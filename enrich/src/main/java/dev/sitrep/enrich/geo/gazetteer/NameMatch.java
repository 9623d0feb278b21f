package dev.sitrep.enrich.geo.gazetteer;

import java.util.Objects;

/**
 * A place a name may refer to, and how the name refers to it.
 *
 * @param place the candidate place
 * @param via   the kind of name that matched
 */
public record NameMatch(Place place, NameKind via) {

    public NameMatch {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(via, "via");
    }
}
