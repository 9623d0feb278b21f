package dev.sitrep.enrich.geo.gazetteer;

import java.util.List;
import java.util.Optional;

/**
 * Candidates for a place name. Keys are names normalized by {@link NameNormalizer}.
 * Implementations are immutable and thread-safe.
 */
public interface Gazetteer {

    /**
     * Every place the normalized name may refer to, empty when none; in {@link PlaceKind} order (containers
     * first), then by population, largest first. Callers rely on that order.
     */
    List<NameMatch> lookup(String key);

    /**
     * A quick pre-check: false when no indexed name can begin with a word whose key has this
     * {@code String.hashCode()}; true when one may. The default rules nothing out.
     */
    default boolean mayBeginName(int firstWordHash) {
        return true;
    }

    /**
     * A quick pre-check: false when no key with this {@code String.hashCode()} is an indexed name, so that
     * {@link #lookup} finds nothing; true when one may. The default rules nothing out.
     */
    default boolean mayBeName(int keyHash) {
        return true;
    }

    /**
     * A quick pre-check: false when no key with this {@code String.hashCode()} is an indexed name or continues one
     * ({@link #isPrefix}), so that {@link #lookup} finds nothing and {@link #isPrefix} says no; true when one may.
     * Lets a caller rule a key out before building it. The default rules nothing out.
     */
    default boolean mayBeNameOrPrefix(int keyHash) {
        return true;
    }

    /** Whether some indexed name continues this normalized key with more words ("new" of "new york"). */
    boolean isPrefix(String key);

    /** The country of an ISO code, if known. */
    Optional<Place> country(String countryCode);

    /** The first-level region of a country and GeoNames region code, if known. */
    Optional<Place> admin1(String countryCode, String admin1Code);

    /** A short description, written into every enriched article. */
    String description();
}
