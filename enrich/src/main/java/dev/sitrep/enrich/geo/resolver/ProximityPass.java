package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

/**
 * Places near each other: a town candidate gains for each other name whose current best reading lies within
 * reach, so "Pineville" is read next to "Alexandria" rather than across the world.
 */
public final class ProximityPass implements ResolverPass {

    static final double NEAR_KM = 150;
    static final double BONUS = 1.5;
    static final double MAX_BONUS = 3.0;

    @Override
    public void apply(ArticleMentions article, ScoreSheet sheet) {
        int n = sheet.size();
        Place[] anchors = new Place[n];
        double[] belief = new double[n];
        for (int g = 0; g < n; g++) {
            int b = sheet.best(g);
            if (b >= 0 && local(sheet.place(g, b))) {
                anchors[g] = sheet.place(g, b);
                belief[g] = sheet.probability(g, b);
            }
        }
        for (int g = 0; g < n; g++) {
            for (int c = 0; c < sheet.candidates(g); c++) {
                Place p = sheet.place(g, c);
                if (!local(p)) {
                    continue;
                }
                double bonus = 0;
                for (int o = 0; o < n; o++) {
                    if (o != g && anchors[o] != null && anchors[o].id() != p.id() && near(p, anchors[o])) {
                        bonus += BONUS * belief[o];
                    }
                }
                sheet.add(g, c, Math.min(MAX_BONUS, bonus));
            }
        }
    }

    /** Within {@link #NEAR_KM}; a cheap latitude test first spares most trigonometry. */
    private static boolean near(Place a, Place b) {
        return Math.abs(a.lat() - b.lat()) <= NEAR_KM / 111.0 && a.kmTo(b) <= NEAR_KM;
    }

    private static boolean local(Place p) {
        return p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.ADMIN2;
    }
}
