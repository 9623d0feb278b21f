package dev.sitrep.enrich.geo.resolver;

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
        // support of group g for region r at [r * n + g]: the thread's working array, not a new one per article
        int regions = sheet.regions();
        double[] support = sheet.work(0, regions * n);
        for (int g = 0; g < n; g++) {
            int best = sheet.best(g);
            double top = best < 0 ? 0 : sheet.score(g, best);
            double weight = sheet.plausibility(g);
            for (int c = 0; c < sheet.candidates(g); c++) {
                int region = sheet.region(g, c);
                if (region >= 0) {
                    double ratio = weight * Math.exp(Math.min(0, sheet.score(g, c) - top));
                    support[region * n + g] = Math.max(support[region * n + g], ratio);
                }
            }
        }
        double[] total = new double[regions];
        for (int r = 0; r < regions; r++) {
            for (int g = 0; g < n; g++) {
                total[r] += support[r * n + g];
            }
        }
        for (int g = 0; g < n; g++) {
            for (int c = 0; c < sheet.candidates(g); c++) {
                int region = sheet.region(g, c);
                if (region >= 0) {
                    sheet.add(g, c, BONUS * Math.min(MAX_SUPPORT, total[region] - support[region * n + g]));
                }
            }
        }
    }
}
