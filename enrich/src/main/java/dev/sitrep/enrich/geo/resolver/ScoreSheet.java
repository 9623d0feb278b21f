package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.Place;

import dev.sitrep.enrich.geo.extractor.NameMention;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates' scores for one article while the passes run. Created per call, never shared between threads.
 * Scores are log-odds-like: a candidate 1.0 above another is e times as likely.
 */
public final class ScoreSheet {

    private final List<MentionGroup> groups;
    private final double[][] scores;
    private final Map<NameMention, Integer> groupOf = new IdentityHashMap<>();

    ScoreSheet(List<MentionGroup> groups) {
        this.groups = List.copyOf(groups);
        this.scores = new double[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            scores[g] = new double[groups.get(g).candidates().size()];
            for (NameMention m : groups.get(g).mentions()) {
                groupOf.put(m, g);
            }
        }
    }

    /** The group of a mention, or -1 when it has none (it was dropped). */
    public int groupOf(NameMention mention) {
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
        return scores[g].length;
    }

    public Place place(int g, int c) {
        return groups.get(g).candidates().get(c).place();
    }

    public double score(int g, int c) {
        return scores[g][c];
    }

    public void add(int g, int c, double delta) {
        scores[g][c] += delta;
    }

    /** The index of the best-scored candidate of a group, or -1 when it has none. */
    public int best(int g) {
        double[] s = scores[g];
        int best = -1;
        for (int c = 0; c < s.length; c++) {
            if (best < 0 || s[c] > s[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The softmax probability of one candidate among its group's. */
    public double probability(int g, int c) {
        return probabilities(g)[c];
    }

    /** The softmax probabilities of a group's candidates, in candidate order. */
    public double[] probabilities(int g) {
        double[] s = scores[g];
        double[] p = new double[s.length];
        if (s.length == 0) {
            return p;
        }
        double top = s[best(g)];
        double sum = 0;
        for (int c = 0; c < s.length; c++) {
            p[c] = Math.exp(s[c] - top);
            sum += p[c];
        }
        for (int c = 0; c < s.length; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
