package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.extractor.NameMention;
import dev.sitrep.enrich.geo.gazetteer.NameMatch;
import dev.sitrep.enrich.geo.gazetteer.Place;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates' scores for one article while the passes run. Created per call, never shared between threads.
 * Scores are log-odds-like: a candidate 1.0 above another is e times as likely.
 */
public final class ScoreSheet {

    /** Each thread's working arrays: see {@link #work} and {@link Codes}. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final List<MentionGroup> groups;
    /** Each group's candidates, property by property: what the passes' inner loops read. */
    private final CandidateTable[] tables;
    /**
     * Where each group's candidates begin in the flat arrays below, and where the last one's end: one array
     * each for the whole article instead of three per name.
     */
    private final int[] first;
    private final double[] scores;
    private final int[] country;
    private final int[] region;
    /** Made on the first {@link #groupOf} call: few articles ask (comma-joined names, named countries). */
    private Map<NameMention, Integer> groupOf;
    private final int countries;
    private final int regions;
    private final int maxCandidates;

    ScoreSheet(List<MentionGroup> groups) {
        this.groups = List.copyOf(groups);
        int n = groups.size();
        Scratch scratch = SCRATCH.get();
        this.tables = new CandidateTable[n];
        this.first = new int[n + 1];
        int max = 0;
        for (int g = 0; g < n; g++) {
            tables[g] = scratch.candidates.of(groups.get(g).candidates());
            int size = tables[g].size();
            max = Math.max(max, size);
            first[g + 1] = first[g] + size;
        }
        int total = first[n];
        this.scores = new double[total];
        this.country = new int[total];
        this.region = new int[total];
        // numbered in order of first appearance: an article's candidates lie in a few countries and regions; a
        // common name ("Washington", "Springfield") has candidates in dozens of them, so a pair of codes is found by
        // its hash in the thread's table, not by a search of those numbered so far
        Codes countryCodes = new Codes(scratch.table(0, total));
        Codes regionCodes = new Codes(scratch.table(1, total));
        for (int g = 0; g < n; g++) {
            CandidateTable t = tables[g];
            for (int c = 0, i = first[g]; i < first[g + 1]; c++, i++) {
                country[i] = t.hasCountry[c] ? countryCodes.number(t.countryCodes[c], "", t.countryHashes[c]) : -1;
                region[i] = t.hasRegion[c] ? regionCodes.number(t.countryCodes[c], t.admin1Codes[c], t.regionHashes[c])
                        : -1;
            }
        }
        // the tables are the thread's: the next article finds them clear
        countryCodes.clear();
        regionCodes.clear();
        this.countries = countryCodes.size;
        this.regions = regionCodes.size;
        this.maxCandidates = max;
    }

    /**
     * The first {@code max} of a name's candidates (an immutable list), as an immutable list that is the same each
     * time this thread asks, so that the sheet finds its table again.
     */
    static List<NameMatch> firstCandidates(List<NameMatch> all, int max) {
        return SCRATCH.get().candidates.first(all, max);
    }

    /** The hash a pair of codes is numbered by. */
    static int pairHash(String country, String code) {
        return 31 * country.hashCode() + code.hashCode();
    }

    /** A thread's working arrays, reused by its articles, which come one at a time. */
    private static final class Scratch {
        final double[][] work = new double[2][256];
        /** The tables of the candidate lists this thread met lately. */
        final CandidateTable.Cache candidates = new CandidateTable.Cache();
        /** The hash tables of {@link Codes}, one for countries and one for regions; all zero between articles. */
        private final int[][] tables = {new int[1024], new int[1024]};

        /** Hash table {@code which}, at least twice as long as the {@code codes} it may number: probes stay short. */
        int[] table(int which, int codes) {
            if (tables[which].length < 2 * codes) {
                tables[which] = new int[Integer.highestOneBit(2 * codes) << 1];
            }
            return tables[which];
        }
    }

    /**
     * Pairs of codes numbered in order of first appearance, found by hash in {@code table}: numbers plus one at
     * the pairs' slots, zero elsewhere, and zero again after {@link #clear}.
     */
    private static final class Codes {
        private final int[] table;
        private String[] countries = new String[16];
        private String[] codes = new String[16];
        private int[] slots = new int[16];
        int size;

        Codes(int[] table) {
            this.table = table;
        }

        /** The number of the pair, whose {@link #pairHash} is {@code hash}, given one if new. */
        int number(String country, String code, int hash) {
            int mask = table.length - 1;
            int h = hash * 0x9E3779B9;
            int slot = (h ^ h >>> 16) & mask;
            for (int at = table[slot]; at != 0; slot = slot + 1 & mask, at = table[slot]) {
                int i = at - 1;
                // the bundled gazetteer shares one string per code: most pairs are found by identity, without equals
                if (codes[i] == code && countries[i] == country || codes[i].equals(code) && countries[i].equals(country)) {
                    return i;
                }
            }
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
                countries = Arrays.copyOf(countries, size * 2);
                slots = Arrays.copyOf(slots, size * 2);
            }
            codes[size] = code;
            countries[size] = country;
            slots[size] = slot;
            table[slot] = ++size;
            return size - 1;
        }

        /** Zeroes the slots this numbering took. */
        void clear() {
            for (int i = 0; i < size; i++) {
                table[slots[i]] = 0;
            }
        }
    }

    /** A small number standing for the candidate's country within this article, or -1 when it has none. */
    public int country(int g, int c) {
        return country[first[g] + c];
    }

    /** A small number standing for the candidate's first-level region, or -1 (countries, places without one). */
    public int region(int g, int c) {
        return region[first[g] + c];
    }

    /** How many distinct countries the candidates lie in; country numbers run below it. */
    public int countries() {
        return countries;
    }

    /** How many distinct first-level regions the candidates lie in; region numbers run below it. */
    public int regions() {
        return regions;
    }

    /** The group of a mention, or -1 when it has none (it was dropped). */
    public int groupOf(NameMention mention) {
        if (groupOf == null) {
            groupOf = new IdentityHashMap<>();
            for (int g = 0; g < groups.size(); g++) {
                List<NameMention> ms = groups.get(g).mentions();
                for (int i = 0; i < ms.size(); i++) {
                    groupOf.put(ms.get(i), g);
                }
            }
        }
        Integer g = groupOf.get(mention);
        return g == null ? -1 : g;
    }

    public List<MentionGroup> groups() {
        return groups;
    }

    public int size() {
        return groups.size();
    }

    public MentionGroup group(int g) {
        return groups.get(g);
    }

    public int candidates(int g) {
        return first[g + 1] - first[g];
    }

    public Place place(int g, int c) {
        return tables[g].places[c];
    }

    /** The candidates of group {@code g}, property by property. */
    CandidateTable table(int g) {
        return tables[g];
    }

    public double score(int g, int c) {
        return scores[first[g] + c];
    }

    public void add(int g, int c, double delta) {
        scores[first[g] + c] += delta;
    }

    /** The index of the best-scored candidate of a group, or -1 when it has none. */
    public int best(int g) {
        int from = first[g];
        int best = -1;
        for (int i = from; i < first[g + 1]; i++) {
            if (best < 0 || scores[i] > scores[best]) {
                best = i;
            }
        }
        return best < 0 ? -1 : best - from;
    }

    /**
     * How much a name's evidence counts for the others, 0 to 1: a name whose best reading is a hamlet may be no
     * place at all ("Bandera supporters"), and should not steer the others.
     */
    public double plausibility(int g) {
        int b = best(g);
        return b < 0 ? 0 : Math.max(0, Math.min(1, (scores[first[g] + b] - 3.0) / 2.0));
    }

    /** The softmax probability of one candidate among its group's. */
    public double probability(int g, int c) {
        int from = first[g];
        double top = scores[from + best(g)];
        double sum = 0;
        for (int i = from; i < first[g + 1]; i++) {
            sum += Math.exp(scores[i] - top);
        }
        return Math.exp(scores[from + c] - top) / sum;
    }

    /** The softmax probabilities of a group's candidates, in candidate order. */
    public double[] probabilities(int g) {
        double[] p = new double[candidates(g)];
        probabilities(g, p);
        return p;
    }

    /**
     * The softmax probabilities of a group's candidates written to the start of {@code into} (at least
     * {@link #maxCandidates()} long): a pass that needs them for every group reuses one array.
     */
    public void probabilities(int g, double[] into) {
        int from = first[g];
        int size = first[g + 1] - from;
        if (size == 0) {
            return;
        }
        double top = scores[from + best(g)];
        double sum = 0;
        for (int c = 0; c < size; c++) {
            into[c] = Math.exp(scores[from + c] - top);
            sum += into[c];
        }
        for (int c = 0; c < size; c++) {
            into[c] /= sum;
        }
    }

    /**
     * Working array {@code which} (0 or 1) of this thread, its first {@code length} values zeroed: votes per
     * region and name run to thousands of values, which every article would otherwise allocate anew. A pass
     * may use it until it returns; the thread's articles, and their passes, come one at a time.
     */
    public double[] work(int which, int length) {
        double[][] work = SCRATCH.get().work;
        if (work[which].length < length) {
            work[which] = new double[Math.max(length, work[which].length * 2)];
        } else {
            Arrays.fill(work[which], 0, length, 0.0);
        }
        return work[which];
    }

    /** The most candidates any group has. */
    public int maxCandidates() {
        return maxCandidates;
    }
}
