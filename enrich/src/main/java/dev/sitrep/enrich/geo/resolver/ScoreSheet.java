package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.Place;

import dev.sitrep.enrich.geo.extractor.NameMention;

import dev.sitrep.enrich.geo.gazetteer.NameMatch;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates' scores for one article while the passes run. Created per call, never shared between threads.
 * Scores are log-odds-like: a candidate 1.0 above another is e times as likely.
 */
public final class ScoreSheet {

    /** Each thread's working arrays: see {@link #work} and {@link Scratch#countryByCode}. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final List<MentionGroup> groups;
    /**
     * Where each group's candidates begin in the flat arrays below, and where the last one's end: one array
     * each for the whole article instead of three per name.
     */
    private final int[] first;
    /** The candidates' places, read in the passes' inner loops: one array read, not a group, a list and a match. */
    private final Place[] places;
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
        this.first = new int[n + 1];
        int max = 0;
        for (int g = 0; g < n; g++) {
            int size = groups.get(g).candidates().size();
            max = Math.max(max, size);
            first[g + 1] = first[g] + size;
        }
        int total = first[n];
        this.places = new Place[total];
        this.scores = new double[total];
        this.country = new int[total];
        this.region = new int[total];
        // numbered in order of first appearance; an article's candidates lie in a few countries and regions, which
        // short lists find faster than maps of boxed numbers
        Codes countryCodes = new Codes();
        Codes regionCodes = new Codes();
        // a name common in real news ("Washington", "Springfield") has candidates in dozens of countries: a
        // country's number is found by its two letters, not by a search of the list
        int[] byCode = SCRATCH.get().countryByCode;
        for (int g = 0; g < n; g++) {
            List<NameMatch> cs = groups.get(g).candidates();
            for (int c = 0, i = first[g]; i < first[g + 1]; c++, i++) {
                Place p = cs.get(c).place();
                places[i] = p;
                if (p.countryCode().isEmpty()) {
                    country[i] = -1;
                    region[i] = -1;
                    continue;
                }
                country[i] = countryNumber(countryCodes, byCode, p.countryCode());
                region[i] = p.kind() == PlaceKind.COUNTRY || p.admin1Code().isEmpty()
                        ? -1 : regionCodes.number(p.countryCode(), p.admin1Code());
            }
        }
        // the table is the thread's: the next article finds it clear
        for (int i = 0; i < countryCodes.size; i++) {
            int slot = twoLetterSlot(countryCodes.countries[i]);
            if (slot >= 0) {
                byCode[slot] = 0;
            }
        }
        this.countries = countryCodes.size;
        this.regions = regionCodes.size;
        this.maxCandidates = max;
    }

    /** A thread's working arrays, reused by its articles, which come one at a time. */
    private static final class Scratch {
        final double[][] work = new double[2][256];
        /** Country numbers plus one by the slot of their two-letter code; all zero between articles. */
        final int[] countryByCode = new int[26 * 26];
    }

    /** The number of the country with this code, given one if new; {@code byCode} remembers two-letter codes. */
    private static int countryNumber(Codes codes, int[] byCode, String code) {
        int slot = twoLetterSlot(code);
        if (slot < 0) {
            return codes.number(code, "");
        }
        int number = byCode[slot] - 1;
        if (number < 0) {
            number = codes.number(code, "");
            byCode[slot] = number + 1;
        }
        return number;
    }

    /** Where a code of two letters A to Z stands in a table of 26 x 26, or -1 for any other code. */
    private static int twoLetterSlot(String code) {
        if (code.length() != 2) {
            return -1;
        }
        int a = code.charAt(0) - 'A';
        int b = code.charAt(1) - 'A';
        return a >= 0 && a < 26 && b >= 0 && b < 26 ? 26 * a + b : -1;
    }

    /** Pairs of codes numbered in order of first appearance. */
    private static final class Codes {
        private String[] countries = new String[16];
        private String[] codes = new String[16];
        int size;

        /** The number of the pair, given one if new. */
        int number(String country, String code) {
            // the bundled gazetteer shares one string per code: most pairs are found by identity, without equals
            for (int i = 0; i < size; i++) {
                if (codes[i] == code && countries[i] == country) {
                    return i;
                }
            }
            for (int i = 0; i < size; i++) {
                if (codes[i].equals(code) && countries[i].equals(country)) {
                    return i;
                }
            }
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
                countries = Arrays.copyOf(countries, size * 2);
            }
            codes[size] = code;
            countries[size] = country;
            return size++;
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
        return places[first[g] + c];
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
