package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

import java.util.Arrays;

/**
 * Places near each other: a town candidate gains for each other name with a reading within reach, by that
 * reading's likelihood, so "Pineville" is read next to "Alexandria" rather than across the world, and two
 * neighbours that are each a lesser namesake ("Edmonton" and "Enfield" in north London) find each other.
 */
public final class ProximityPass implements ResolverPass {

    static final double NEAR_KM = 150;
    static final double BONUS = 1.5;
    static final double MAX_BONUS = 3.0;
    /** Readings less likely than this within their own name are not worth a distance. */
    static final double MIN_PROBABILITY = 0.05;

    @Override
    public void apply(ArticleMentions article, ScoreSheet sheet) {
        int n = sheet.size();
        int[][] likely = new int[n][];
        double[][] prob = new double[n][];
        for (int g = 0; g < n; g++) {
            prob[g] = sheet.probabilities(g);
            likely[g] = likelyLocal(sheet, g, prob[g]);
        }
        for (int g = 0; g < n; g++) {
            for (int c = 0; c < sheet.candidates(g); c++) {
                Place p = sheet.place(g, c);
                if (!local(p)) {
                    continue;
                }
                double bonus = 0;
                for (int o = 0; o < n; o++) {
                    if (o == g) {
                        continue;
                    }
                    double best = 0;
                    for (int d : likely[o]) {
                        Place q = sheet.place(o, d);
                        if (prob[o][d] > best && q.id() != p.id() && near(p, q)) {
                            best = prob[o][d];
                        }
                    }
                    bonus += BONUS * best;
                }
                sheet.add(g, c, Math.min(MAX_BONUS, bonus));
            }
        }
    }

    /** The town readings of a name likely enough to count, usually one or two. */
    private static int[] likelyLocal(ScoreSheet sheet, int g, double[] prob) {
        int count = 0;
        int[] out = new int[prob.length];
        for (int c = 0; c < prob.length; c++) {
            if (prob[c] >= MIN_PROBABILITY && local(sheet.place(g, c))) {
                out[count++] = c;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Within {@link #NEAR_KM}; a cheap latitude test first spares most trigonometry. */
    private static boolean near(Place a, Place b) {
        return Math.abs(a.lat() - b.lat()) <= NEAR_KM / 111.0 && a.kmTo(b) <= NEAR_KM;
    }

    private static boolean local(Place p) {
        return p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.ADMIN2;
    }
}
