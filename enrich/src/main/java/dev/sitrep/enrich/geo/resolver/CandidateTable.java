package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.Geo;
import dev.sitrep.enrich.geo.gazetteer.NameKind;
import dev.sitrep.enrich.geo.gazetteer.NameMatch;
import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

import java.util.List;

/**
 * The candidates of one name as the passes read them: one array per property, so that a pass's loop over a
 * name's forty candidates reads a few lines of memory in order, not forty places and forty matches wherever they
 * lie (a cache miss or two each, which made building the score sheet the resolver's costliest step). What it
 * holds depends on the candidates alone, so a table is made once and kept in its thread's {@link Cache} for the
 * next article that names the same place. Immutable.
 */
final class CandidateTable {

    private static final CandidateTable EMPTY = new CandidateTable(List.of());

    /** The list this table was made of: immutable, so the same list is the same candidates. */
    private final List<NameMatch> source;
    final Place[] places;
    final PlaceKind[] kinds;
    final long[] ids;
    final double[] lats;
    final double[] lons;
    /** {@link Geo#rootCos} of each latitude. */
    final double[] rootCos;
    /** {@link PriorPass#prior} of each match. */
    final double[] priors;
    final String[] countryCodes;
    final String[] admin1Codes;
    final String[] admin2Codes;
    /** Reached by a {@link NameKind#WEAK} name. */
    final boolean[] weak;
    /** A country's capital ("PPLC") reached by more than a weak name. */
    final boolean[] capital;
    /** The hash {@link ScoreSheet} numbers the candidate's country by; no country: see {@link #hasCountry}. */
    final int[] countryHashes;
    /** The hash {@link ScoreSheet} numbers the candidate's first-level region by; none: see {@link #hasRegion}. */
    final int[] regionHashes;
    final boolean[] hasCountry;
    final boolean[] hasRegion;
    /** Whether some candidate is weak, or a country: most names have neither, and passes that ask skip them. */
    final boolean anyWeak;
    final boolean anyCountry;

    private CandidateTable(List<NameMatch> candidates) {
        int n = candidates.size();
        source = candidates;
        places = new Place[n];
        kinds = new PlaceKind[n];
        ids = new long[n];
        lats = new double[n];
        lons = new double[n];
        rootCos = new double[n];
        priors = new double[n];
        countryCodes = new String[n];
        admin1Codes = new String[n];
        admin2Codes = new String[n];
        weak = new boolean[n];
        capital = new boolean[n];
        countryHashes = new int[n];
        regionHashes = new int[n];
        hasCountry = new boolean[n];
        hasRegion = new boolean[n];
        boolean someWeak = false;
        boolean someCountry = false;
        for (int c = 0; c < n; c++) {
            NameMatch m = candidates.get(c);
            Place p = m.place();
            places[c] = p;
            kinds[c] = p.kind();
            ids[c] = p.id();
            lats[c] = p.lat();
            lons[c] = p.lon();
            rootCos[c] = Geo.rootCos(p.lat());
            priors[c] = PriorPass.prior(m);
            countryCodes[c] = p.countryCode();
            admin1Codes[c] = p.admin1Code();
            admin2Codes[c] = p.admin2Code();
            weak[c] = m.via() == NameKind.WEAK;
            capital[c] = p.featureCode().equals("PPLC") && !weak[c];
            hasCountry[c] = !p.countryCode().isEmpty();
            hasRegion[c] = hasCountry[c] && p.kind() != PlaceKind.COUNTRY && !p.admin1Code().isEmpty();
            countryHashes[c] = ScoreSheet.pairHash(p.countryCode(), "");
            regionHashes[c] = ScoreSheet.pairHash(p.countryCode(), p.admin1Code());
            someWeak |= weak[c];
            someCountry |= p.kind() == PlaceKind.COUNTRY;
        }
        anyWeak = someWeak;
        anyCountry = someCountry;
    }

    int size() {
        return places.length;
    }

    /**
     * The tables of the candidate lists one thread met lately, by the lists' identity: the gazetteer gives one
     * immutable list per name, the same each time, and keeps the first {@link Resolver#MAX_CANDIDATES} of a longer
     * one as another (see {@link #first}). Direct-mapped: a list whose slot another took gets its table made anew.
     * The slots hold their lists, so no list dies while its identity stands for it. Owned by one thread.
     */
    static final class Cache {

        /**
         * The slots' number, as a power of two: a table of forty candidates costs some 2 KB, so a thread keeps 4 MB
         * at most, and most tables are of a few candidates.
         */
        private static final int SLOT_BITS = 11;

        private final CandidateTable[] tables = new CandidateTable[1 << SLOT_BITS];
        /** Long lists of candidates, by slot, and the first ones of each as an immutable list. */
        private final List<?>[] longLists = new List<?>[1 << SLOT_BITS];
        private final List<?>[] firsts = new List<?>[1 << SLOT_BITS];

        /** The table of these candidates, an immutable list, made now unless this thread made it lately. */
        CandidateTable of(List<NameMatch> candidates) {
            if (candidates.isEmpty()) {
                return EMPTY;
            }
            int slot = slot(candidates);
            CandidateTable t = tables[slot];
            if (t == null || t.source != candidates) {
                t = new CandidateTable(candidates);
                tables[slot] = t;
            }
            return t;
        }

        /**
         * The first {@code max} of these candidates, an immutable list, as an immutable list: the same list each time
         * this thread asks lately, so that its table is found again and no copy is made per article.
         */
        @SuppressWarnings("unchecked")
        List<NameMatch> first(List<NameMatch> all, int max) {
            if (all.size() <= max) {
                return all;
            }
            int slot = slot(all);
            if (longLists[slot] != all || firsts[slot].size() != max) {
                longLists[slot] = all;
                firsts[slot] = List.copyOf(all.subList(0, max));
            }
            return (List<NameMatch>) firsts[slot];
        }

        private static int slot(List<NameMatch> list) {
            return System.identityHashCode(list) * 0x9E3779B9 >>> 32 - SLOT_BITS;
        }
    }
}
