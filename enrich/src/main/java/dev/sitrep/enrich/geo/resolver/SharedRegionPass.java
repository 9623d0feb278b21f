package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

import java.util.HashMap;
import java.util.Map;

/**
 * Names that can share a first-level region probably do: "Henry County" and "Paris" are each found in many
 * states, but both only in a few, and a local story names places of one state. Each candidate gains for every
 * other name with a reading in its region, weighted by how competitive that reading is within its own name,
 * so that a region shared by several names wins over the biggest namesake elsewhere.
 */
public final class SharedRegionPass implements ResolverPass {

    static final double BONUS = 1.0;
    static final double MAX_SUPPORT = 2.0;

    @Override
    public void apply(ArticleMentions article, ScoreSheet sheet) {
        int n = sheet.size();
        if (n < 2) {
            return;
        }
        Map<String, Map<String, double[]>> support = new HashMap<>();
        for (int g = 0; g < n; g++) {
            int best = sheet.best(g);
            double top = best < 0 ? 0 : sheet.score(g, best);
            for (int c = 0; c < sheet.candidates(g); c++) {
                Place p = sheet.place(g, c);
                if (!regional(p)) {
                    continue;
                }
                double ratio = Math.exp(Math.min(0, sheet.score(g, c) - top));
                double[] v = support.computeIfAbsent(p.countryCode(), k -> new HashMap<>())
                        .computeIfAbsent(p.admin1Code(), k -> new double[n]);
                v[g] = Math.max(v[g], ratio);
            }
        }
        for (int g = 0; g < n; g++) {
            for (int c = 0; c < sheet.candidates(g); c++) {
                Place p = sheet.place(g, c);
                if (!regional(p)) {
                    continue;
                }
                double[] v = support.get(p.countryCode()).get(p.admin1Code());
                double s = 0;
                for (int o = 0; o < n; o++) {
                    if (o != g) {
                        s += v[o];
                    }
                }
                sheet.add(g, c, BONUS * Math.min(MAX_SUPPORT, s));
            }
        }
    }

    /** Places inside a first-level region (towns, counties) or the region itself. */
    private static boolean regional(Place p) {
        return p.kind() != PlaceKind.COUNTRY && p.kind() != PlaceKind.CONTINENT
                && !p.countryCode().isEmpty() && !p.admin1Code().isEmpty();
    }
}
