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
        Map<String, double[]> countryVotes = new HashMap<>();
        Map<String, double[]> regionVotes = new HashMap<>();
        double[] groupWeight = new double[n];
        for (int g = 0; g < n; g++) {
            groupWeight[g] = Math.sqrt(sheet.group(g).mentions().size());
            double[] prob = sheet.probabilities(g);
            for (int c = 0; c < sheet.candidates(g); c++) {
                Place p = sheet.place(g, c);
                double w = prob[c] * groupWeight[g];
                if (!p.countryCode().isEmpty()) {
                    countryVotes.computeIfAbsent(p.countryCode(), k -> new double[n])[g] += w;
                }
                if (p.kind() != PlaceKind.COUNTRY && !p.admin1Code().isEmpty()) {
                    regionVotes.computeIfAbsent(regionKey(p), k -> new double[n])[g] += w;
                }
            }
        }
        double total = 0;
        for (double w : groupWeight) {
            total += w;
        }
        for (int g = 0; g < n; g++) {
            double others = total - groupWeight[g];
            if (others <= 0) {
                continue;
            }
            for (int c = 0; c < sheet.candidates(g); c++) {
                Place p = sheet.place(g, c);
                double bonus = 0;
                double[] cv = countryVotes.get(p.countryCode());
                if (cv != null && !p.countryCode().isEmpty()) {
                    bonus += COUNTRY_WEIGHT * (sum(cv) - cv[g]) / others;
                }
                if (p.kind() != PlaceKind.COUNTRY && !p.admin1Code().isEmpty()) {
                    double[] rv = regionVotes.get(regionKey(p));
                    if (rv != null) {
                        bonus += REGION_WEIGHT * (sum(rv) - rv[g]) / others;
                    }
                }
                sheet.add(g, c, bonus);
            }
        }
    }

    private static String regionKey(Place p) {
        return p.countryCode() + '.' + p.admin1Code();
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
