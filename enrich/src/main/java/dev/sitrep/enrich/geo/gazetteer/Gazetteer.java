package dev.sitrep.enrich.geo.gazetteer;

import java.util.List;
import java.util.Optional;

/**
 * Candidates for a place name. Keys are names normalized by {@link NameNormalizer}.
 * Implementations are immutable and thread-safe.
 */
public interface Gazetteer {

    /** Every place the normalized name may refer to, best known first; empty when none. */
    List<NameMatch> lookup(String key);

    /** Whether some indexed name continues this normalized key with more words ("new" of "new york"). */
    boolean isPrefix(String key);

    /** The country of an ISO code, if known. */
    Optional<Place> country(String countryCode);

    /** The first-level region of a country and GeoNames region code, if known. */
    Optional<Place> admin1(String countryCode, String admin1Code);

    /** A short description, written into every enriched article. */
    String description();
}
