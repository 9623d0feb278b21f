package dev.sitrep.enrich.geo.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A gazetteer held in memory: the bundled one, and small fixtures in tests.
 * Immutable once built; lookups allocate nothing: every name's candidates are an immutable list made at start-up.
 */
public final class InMemoryGazetteer implements Gazetteer {

    private static final NameKind[] NAME_KINDS = NameKind.values();
    /**
     * Bits of each of the three bit sets below: 256 KB each, so that all three stay in a core's cache beside the
     * engine's other data. Sets of 1 MB each answered with fewer false hits but missed the cache on most probes,
     * and cost more: 72-77 against 66-73 us of engine CPU per article in alternating runs of the bench.
     */
    private static final int FIRST_WORD_BITS = 1 << 21;

    private final Place[] places;
    /** The candidates of every name, best known first; one {@link NameMatch} per place and kind of name, shared. */
    private final Map<String, List<NameMatch>> postings;
    private final Set<String> prefixes;
    /** Bit set of the mixed hashes of every name's first word, two bits a hash ({@link #bits}). */
    private final long[] firstWords;
    /**
     * Bit sets of the mixed hashes of every name and of every prefix of a name, two bits a hash: most keys the
     * extractor tries are neither, and the bits tell so without a probe of the big hash tables (a cache miss or
     * three each).
     */
    private final long[] names;
    private final long[] prefixBits;
    private final Map<String, Place> countries;
    /** First-level regions by country code, then region code: looked up without a key string built per call. */
    private final Map<String, Map<String, Place>> admin1;
    private final String description;

    private InMemoryGazetteer(Builder b) {
        this.places = b.places.toArray(new Place[0]);
        this.description = b.description;
        // The builder's map becomes the postings in place: copying 400,000 names would double start-up work.
        // Its int[] postings become lists of matches, built once here so that lookups (many per article) and the
        // loops over their results allocate nothing.
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, Object> map = (Map) b.names;
        Set<String> prefixSet = new HashSet<>();
        this.firstWords = new long[FIRST_WORD_BITS >>> 6];
        this.names = new long[FIRST_WORD_BITS >>> 6];
        NameMatch[] shared = new NameMatch[places.length << 2];
        for (Map.Entry<String, Object> e : map.entrySet()) {
            e.setValue(matches(ordered((int[]) e.getValue()), shared));
            String key = e.getKey();
            int space = key.indexOf(' ');
            for (int i = space; i > 0; i = key.indexOf(' ', i + 1)) {
                prefixSet.add(key.substring(0, i));
            }
            set(firstWords, firstWordHash(key, space < 0 ? key.length() : space));
            set(names, key.hashCode());
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, List<NameMatch>> postings = (Map) map;
        this.postings = postings;
        this.prefixes = prefixSet;
        this.prefixBits = new long[FIRST_WORD_BITS >>> 6];
        for (String prefix : prefixSet) {
            set(prefixBits, prefix.hashCode());
        }
        Map<String, Place> c = new HashMap<>();
        Map<String, Map<String, Place>> a = new HashMap<>();
        for (Place p : places) {
            if (p.kind() == PlaceKind.COUNTRY) {
                c.putIfAbsent(p.countryCode(), p);
            } else if (p.kind() == PlaceKind.ADMIN1) {
                a.computeIfAbsent(p.countryCode(), k -> new HashMap<>()).putIfAbsent(p.admin1Code(), p);
            }
        }
        this.countries = c;
        this.admin1 = a;
    }

    /** {@code key.substring(0, end).hashCode()}, without the substring. */
    private static int firstWordHash(String key, int end) {
        int h = 0;
        for (int i = 0; i < end; i++) {
            h = 31 * h + key.charAt(i);
        }
        return h;
    }

    /**
     * The postings of one name (slot 0 holds their count), best known first: by kind of place, then population,
     * then kind of name; each place once, under the best kind of name that matched it.
     */
    private int[] ordered(int[] list) {
        int n = list[0];
        if (n == 1) {
            return new int[] {list[1]};
        }
        long[] ranked = new long[n];
        for (int i = 0; i < n; i++) {
            int p = list[i + 1];
            Place place = places[p >>> 2];
            long pop = Math.min(place.population(), (1L << 34) - 1);
            ranked[i] = (long) place.kind().ordinal() << 60 | ((1L << 34) - 1 - pop) << 26 | (long) (p & 3) << 24 | i;
        }
        Arrays.sort(ranked);
        int[] out = new int[n];
        int m = 0;
        Set<Integer> seen = n > 8 ? new HashSet<>() : null;
        for (long r : ranked) {
            int p = list[(int) (r & 0xFFFFFF) + 1];
            if (seen != null ? seen.add(p >>> 2) : !containsPlace(out, m, p >>> 2)) {
                out[m++] = p;
            }
        }
        return m == n ? out : Arrays.copyOf(out, m);
    }

    /** The matches of ordered postings, as an immutable list; {@code shared} holds each match made so far. */
    private List<NameMatch> matches(int[] postings, NameMatch[] shared) {
        NameMatch[] out = new NameMatch[postings.length];
        for (int i = 0; i < postings.length; i++) {
            int p = postings[i];
            NameMatch m = shared[p];
            if (m == null) {
                m = new NameMatch(places[p >>> 2], NAME_KINDS[p & 3]);
                shared[p] = m;
            }
            out[i] = m;
        }
        return List.of(out);
    }

    private static boolean containsPlace(int[] out, int m, int place) {
        for (int i = 0; i < m; i++) {
            if (out[i] >>> 2 == place) {
                return true;
            }
        }
        return false;
    }

    public static Builder builder(String description) {
        return new Builder(description);
    }

    @Override
    public List<NameMatch> lookup(String key) {
        if (!mayBeName(key.hashCode())) {
            return List.of();
        }
        List<NameMatch> list = postings.get(key);
        return list == null ? List.of() : list;
    }

    @Override
    public boolean mayBeginName(int firstWordHash) {
        return maySet(firstWords, firstWordHash);
    }

    @Override
    public boolean mayBeName(int keyHash) {
        return maySet(names, keyHash);
    }

    @Override
    public boolean mayBeNameOrPrefix(int keyHash) {
        return mayBeName(keyHash) || maySet(prefixBits, keyHash);
    }

    private static void set(long[] bits, int hash) {
        int bit = mix(hash);
        bits[bit >>> 6] |= bits(hash, bit);
    }

    /** False when no hash given to {@link #set} has this one's bits; true may be a collision. */
    private static boolean maySet(long[] bits, int hash) {
        int bit = mix(hash);
        long mask = bits(hash, bit);
        return (bits[bit >>> 6] & mask) == mask;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return (x ^ x >>> 15) & FIRST_WORD_BITS - 1;
    }

    /**
     * A hash's two bits in the long of its first one ({@code bit}), the second picked by a multiplier of its own.
     * A key that is not in a set finds both set two to five times less often than it found one bit (of the
     * bundled gazetteer's names, 6.5 % of such keys against 13 %; of its prefixes, 0.8 % against 3.9 %), and a
     * probe still reads one long.
     */
    private static long bits(int hash, int bit) {
        return 1L << bit | 1L << (hash * 0x85EBCA6B >>> 26);
    }

    @Override
    public boolean isPrefix(String key) {
        return maySet(prefixBits, key.hashCode()) && prefixes.contains(key);
    }

    @Override
    public Optional<Place> country(String countryCode) {
        return Optional.ofNullable(countries.get(countryCode));
    }

    @Override
    public Optional<Place> admin1(String countryCode, String admin1Code) {
        Map<String, Place> regions = admin1.get(countryCode);
        return Optional.ofNullable(regions == null ? null : regions.get(admin1Code));
    }

    @Override
    public String description() {
        return description;
    }

    /** Number of places. */
    public int size() {
        return places.length;
    }

    /** Collects places and their names; not thread-safe. */
    public static final class Builder {
        private final String description;
        private final List<Place> places = new ArrayList<>();
        /** Postings per key; slot 0 holds how many of the rest are used. */
        private final Map<String, int[]> names = new HashMap<>(1 << 19);
        /** The gazetteer built takes the names over; a builder builds once. */
        private boolean built;

        private Builder(String description) {
            this.description = description;
        }

        /** Adds a place under its own name and the given other names. */
        public Builder add(Place place, Map<String, NameKind> otherNames) {
            checkNotBuilt();
            int index = places.size();
            places.add(place);
            name(index, place.name(), NameKind.PRIMARY);
            otherNames.forEach((n, kind) -> name(index, n, kind));
            return this;
        }

        public Builder add(Place place, String... alternateNames) {
            Map<String, NameKind> m = new HashMap<>();
            Arrays.stream(alternateNames).forEach(n -> m.put(n, NameKind.ALTERNATE));
            return add(place, m);
        }

        private void name(int index, String name, NameKind kind) {
            String key = NameNormalizer.normalize(name);
            if (key.isEmpty()) {
                return;
            }
            int[] list = names.get(key);
            if (list == null) {
                list = new int[2];
                names.put(key, list);
            } else if (list[0] + 1 == list.length) {
                list = Arrays.copyOf(list, list.length * 2);
                names.put(key, list);
            }
            list[++list[0]] = index << 2 | kind.ordinal();
        }

        public InMemoryGazetteer build() {
            checkNotBuilt();
            built = true;
            return new InMemoryGazetteer(this);
        }

        private void checkNotBuilt() {
            if (built) {
                throw new IllegalStateException("this builder has built its gazetteer already");
            }
        }
    }
}
