package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.Geo;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

import java.util.Arrays;

/**
 * Places near each other: a town candidate gains for each other name with a reading within reach, by that
 * reading's likelihood, so "Pineville" is read next to "Alexandria" rather than across the world, and two
 * neighbours that are each a lesser namesake (two suburbs of one city abroad) find each other.
 */
public final class ProximityPass implements ResolverPass {

    static final double NEAR_KM = 150;
    static final double BONUS = 1.5;
    static final double MAX_BONUS = 3.0;
    /** Readings less likely than this within their own name are not worth a distance. */
    static final double MIN_PROBABILITY = 0.05;
    /** Degrees of latitude beyond which no place is within {@link #NEAR_KM}: a cheap test spares most trigonometry. */
    private static final double NEAR_LAT = NEAR_KM / 111.0;
    /** {@link Geo#haversineRoot} of {@link #NEAR_KM}. */
    private static final double NEAR_ROOT = Geo.haversineRoot(NEAR_KM);

    @Override
    public void apply(ArticleMentions article, ScoreSheet sheet) {
        int n = sheet.size();
        // the likely town readings of every name, ordered by name: usually one or two a name
        int count = 0;
        int[] owner = new int[8];
        long[] anchorId = new long[8];
        // the anchors' coordinates beside them: the first tests of most pairs read no place and take no sine
        double[] anchorLat = new double[8];
        double[] anchorLon = new double[8];
        double[] anchorRootCos = new double[8];
        double[] weight = new double[8];
        double[] prob = new double[sheet.maxCandidates()];
        for (int g = 0; g < n; g++) {
            sheet.probabilities(g, prob);
            CandidateTable t = sheet.table(g);
            for (int c = 0; c < t.size(); c++) {
                if (prob[c] >= MIN_PROBABILITY && local(t.kinds[c])) {
                    if (count == owner.length) {
                        owner = Arrays.copyOf(owner, count * 2);
                        anchorId = Arrays.copyOf(anchorId, count * 2);
                        anchorLat = Arrays.copyOf(anchorLat, count * 2);
                        anchorLon = Arrays.copyOf(anchorLon, count * 2);
                        anchorRootCos = Arrays.copyOf(anchorRootCos, count * 2);
                        weight = Arrays.copyOf(weight, count * 2);
                    }
                    owner[count] = g;
                    anchorId[count] = t.ids[c];
                    anchorLat[count] = t.lats[c];
                    anchorLon[count] = t.lons[c];
                    anchorRootCos[count] = t.rootCos[c];
                    weight[count] = prob[c];
                    count++;
                }
            }
        }
        if (count == 0) {
            return;
        }
        for (int g = 0; g < n; g++) {
            CandidateTable t = sheet.table(g);
            for (int c = 0; c < t.size(); c++) {
                if (!local(t.kinds[c])) {
                    continue;
                }
                double lat = t.lats[c];
                double lon = t.lons[c];
                double rootCos = t.rootCos[c];
                long id = t.ids[c];
                double bonus = 0;
                double best = 0;
                int current = -1;
                for (int a = 0; a < count; a++) {
                    if (owner[a] != current) {
                        bonus += best;
                        best = 0;
                        current = owner[a];
                    }
                    if (current != g && weight[a] > best && Math.abs(lat - anchorLat[a]) <= NEAR_LAT
                            && !Geo.surelyFarther(NEAR_ROOT, lon, rootCos, anchorLon[a], anchorRootCos[a])
                            && anchorId[a] != id && Geo.km(lat, lon, anchorLat[a], anchorLon[a]) <= NEAR_KM) {
                        best = weight[a];
                    }
                }
                bonus += best;
                sheet.add(g, c, Math.min(MAX_BONUS, BONUS * bonus));
            }
        }
    }

    private static boolean local(PlaceKind kind) {
        return kind == PlaceKind.CITY || kind == PlaceKind.ADMIN2;
    }
}
