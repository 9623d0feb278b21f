package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

/**
 * The countries and first-level regions the article is about: every other name votes, with the weight of its
 * current belief, for the country and region of each of its candidates; a candidate gains with the share of
 * its country and region. A name never votes for itself, so one big namesake cannot pull in its own country.
 */
public final class DocumentFocusPass implements ResolverPass {

    static final double COUNTRY_WEIGHT = 2.5;
    static final double REGION_WEIGHT = 3.0;
    /** How much a town or region outside a clearly focused article's country loses ("Flores" in a Texas story). */
    static final double OUT_OF_FOCUS = 1.5;

    @Override
    public void apply(ArticleMentions article, ScoreSheet sheet) {
        int n = sheet.size();
        if (n < 2) {
            return;
        }
        // votes of group g for country k at [k * n + g]: the thread's working arrays, not new ones per article
        double[] countryVotes = sheet.work(0, sheet.countries() * n);
        double[] regionVotes = sheet.work(1, sheet.regions() * n);
        double[] groupWeight = new double[n];
        double[] prob = new double[sheet.maxCandidates()];
        double total = 0;
        for (int g = 0; g < n; g++) {
            groupWeight[g] = Math.sqrt(sheet.group(g).mentions().size()) * Math.max(0.1, sheet.plausibility(g));
            total += groupWeight[g];
            sheet.probabilities(g, prob);
            for (int c = 0; c < sheet.candidates(g); c++) {
                double w = prob[c] * groupWeight[g];
                int country = sheet.country(g, c);
                if (country >= 0) {
                    countryVotes[country * n + g] += w;
                }
                int region = sheet.region(g, c);
                if (region >= 0) {
                    regionVotes[region * n + g] += w;
                }
            }
        }
        double[] countryTotal = totals(countryVotes, sheet.countries(), n);
        double[] regionTotal = totals(regionVotes, sheet.regions(), n);
        for (int g = 0; g < n; g++) {
            // weak names elsewhere give a weak focus: below one plausible name's weight, shares are not scaled up
            double others = Math.max(1.0, total - groupWeight[g]);
            double dominance = 0;
            for (int country = 0; country < countryTotal.length; country++) {
                dominance = Math.max(dominance, (countryTotal[country] - countryVotes[country * n + g]) / others);
            }
            for (int c = 0; c < sheet.candidates(g); c++) {
                int country = sheet.country(g, c);
                if (country < 0) {
                    continue;
                }
                double share = (countryTotal[country] - countryVotes[country * n + g]) / others;
                double bonus = COUNTRY_WEIGHT * share;
                if (sheet.table(g).kinds[c] != PlaceKind.COUNTRY) {
                    bonus -= OUT_OF_FOCUS * dominance * (1 - share);
                }
                int region = sheet.region(g, c);
                if (region >= 0) {
                    bonus += REGION_WEIGHT * (regionTotal[region] - regionVotes[region * n + g]) / others;
                }
                sheet.add(g, c, bonus);
            }
        }
    }

    /** The sum of each row of {@code rows} rows of {@code n} votes. */
    private static double[] totals(double[] votes, int rows, int n) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int g = 0; g < n; g++) {
                out[i] += votes[i * n + g];
            }
        }
        return out;
    }
}
