package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

import java.util.HashMap;
import java.util.Map;

/**
 * The countries and first-level regions the article is about: every other name votes, with the weight of its
 * current belief, for the country and region of each of its candidates; a candidate gains with the share of
 * its country and region. A name never votes for itself, so one big namesake cannot pull in its own country.
 */
public final class DocumentFocusPass implements ResolverPass {

    static final double COUNTRY_WEIGHT = 2.5;
    static final double REGION_WEIGHT = 3.0;

    @Override
    public void apply(ArticleMentions article, ScoreSheet sheet) {
        int n = sheet.size();
        if (n < 2) {
            return;
        }
        Map<String, double[]> countryVotes = new HashMap<>();
        Map<String, Map<String, double[]>> regionVotes = new HashMap<>();
        double[] groupWeight = new double[n];
        double total = 0;
        for (int g = 0; g < n; g++) {
            groupWeight[g] = Math.sqrt(sheet.group(g).mentions().size());
            total += groupWeight[g];
            double[] prob = sheet.probabilities(g);
            for (int c = 0; c < prob.length; c++) {
                Place p = sheet.place(g, c);
                double w = prob[c] * groupWeight[g];
                if (p.countryCode().isEmpty() || w < 1e-4) {
                    continue;
                }
                votes(countryVotes, p.countryCode(), n)[g] += w;
                if (p.kind() != PlaceKind.COUNTRY && !p.admin1Code().isEmpty()) {
                    votes(regionVotes.computeIfAbsent(p.countryCode(), k -> new HashMap<>()), p.admin1Code(), n)[g] += w;
                }
            }
        }
        Map<double[], Double> sums = new HashMap<>();
        for (int g = 0; g < n; g++) {
            double others = total - groupWeight[g];
            for (int c = 0; c < sheet.candidates(g); c++) {
                Place p = sheet.place(g, c);
                if (p.countryCode().isEmpty()) {
                    continue;
                }
                double bonus = 0;
                double[] cv = countryVotes.get(p.countryCode());
                if (cv != null) {
                    bonus += COUNTRY_WEIGHT * (sum(sums, cv) - cv[g]) / others;
                }
                Map<String, double[]> regions = regionVotes.get(p.countryCode());
                if (regions != null && p.kind() != PlaceKind.COUNTRY && !p.admin1Code().isEmpty()) {
                    double[] rv = regions.get(p.admin1Code());
                    if (rv != null) {
                        bonus += REGION_WEIGHT * (sum(sums, rv) - rv[g]) / others;
                    }
                }
                sheet.add(g, c, bonus);
            }
        }
    }

    private static double[] votes(Map<String, double[]> map, String key, int n) {
        double[] v = map.get(key);
        if (v == null) {
            v = new double[n];
            map.put(key, v);
        }
        return v;
    }

    private static double sum(Map<double[], Double> cache, double[] v) {
        Double cached = cache.get(v);
        if (cached != null) {
            return cached;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        cache.put(v, s);
        return s;
    }
}
