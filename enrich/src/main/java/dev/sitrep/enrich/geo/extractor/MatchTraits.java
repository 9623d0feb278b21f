package dev.sitrep.enrich.geo.extractor;

import dev.sitrep.enrich.geo.gazetteer.NameKind;
import dev.sitrep.enrich.geo.gazetteer.NameMatch;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

import java.util.List;

/**
 * What the extractor's rules ask of a name's candidates, as bits of one int: worked out once per word of its
 * thread's {@link TokenKeys.WordCache}, so that a word met before is judged without reading its matches and their
 * places (a chain of cache misses per name on real news, where most mentions are words met before).
 */
final class MatchTraits {

    /** Towns this big speak through their councils in the news; smaller namesakes are mostly surnames. */
    private static final long SPEAKING_TOWN = 100_000;
    /** First-level regions with fewer people than this are seldom news; their names are mostly surnames. */
    private static final long MINOR_REGION = 500_000;
    /** Cities this big keep their name when a person of the field bears it too ("Sam Houston" and Houston). */
    private static final long BIG_CITY = 1_000_000;

    /** Every candidate is named by an abbreviation or short form only. */
    static final int WEAK_ONLY = 1;
    /** Every candidate is named by a demonym. */
    static final int DEMONYMS_ONLY = 1 << 1;
    /** No country or region among the candidates. */
    static final int TOWNS_ONLY = 1 << 2;
    /** No country, and only first-level regions few people live in ("Nelson", "Flores"). */
    static final int MINOR_REGIONS_ONLY = 1 << 3;
    /** A town big enough to own things in the possessive ("St. Petersburg's airport"). */
    static final int SPEAKING_TOWN_AMONG = 1 << 4;
    /** A city so big that a person of the same name does not make its other mentions the person. */
    static final int BIG_CITY_AMONG = 1 << 5;
    /** Only villages and small towns: "Jones said" is a person, "Gainesville says" a city. */
    static final int SMALL_TOWNS_ONLY = 1 << 6;
    /** Set on every answer of {@link #of}, so that zero can stand for "not worked out yet". */
    static final int KNOWN = 1 << 30;

    private MatchTraits() {
    }

    /**
     * The traits of these candidates, which come containers first and the cities last, biggest first (see
     * {@code Gazetteer.lookup}): the first city is the biggest, so the candidates are read up to it only, not all
     * of a common name's hundreds.
     */
    static int of(List<NameMatch> matches) {
        int traits = KNOWN;
        if (viaOnly(matches, NameKind.WEAK)) {
            traits |= WEAK_ONLY;
        }
        if (viaOnly(matches, NameKind.DEMONYM)) {
            traits |= DEMONYMS_ONLY;
        }
        if (matches.isEmpty() || !matches.get(0).place().kind().isContainer()) {
            traits |= TOWNS_ONLY;
        }
        if (minorRegionsOnly(matches)) {
            traits |= MINOR_REGIONS_ONLY;
        }
        long biggestCity = -1;
        for (int i = 0; i < matches.size(); i++) {
            NameMatch m = matches.get(i);
            if (m.place().kind() == PlaceKind.CITY) {
                biggestCity = m.place().population();
                break;
            }
        }
        if (biggestCity >= SPEAKING_TOWN) {
            traits |= SPEAKING_TOWN_AMONG;
        }
        if (biggestCity >= BIG_CITY) {
            traits |= BIG_CITY_AMONG;
        }
        if ((traits & TOWNS_ONLY) != 0 && biggestCity < SPEAKING_TOWN) {
            traits |= SMALL_TOWNS_ONLY;
        }
        return traits;
    }

    /** Whether every candidate is named the way {@code via} says. */
    static boolean viaOnly(List<NameMatch> matches, NameKind via) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).via() != via) {
                return false;
            }
        }
        return true;
    }

    private static boolean minorRegionsOnly(List<NameMatch> matches) {
        for (int i = 0; i < matches.size(); i++) {
            NameMatch m = matches.get(i);
            PlaceKind kind = m.place().kind();
            if (kind == PlaceKind.CONTINENT || kind == PlaceKind.COUNTRY
                    || kind.isContainer() && m.place().population() >= MINOR_REGION) {
                return false;
            }
            if (!kind.isContainer()) {
                return true;
            }
        }
        return true;
    }
}
