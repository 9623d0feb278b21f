package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

import java.util.HashMap;
import java.util.Map;

/**
 * A town and a county the article names both, the town lying in the county: "Paris" and "Henry County" are each
 * found in several states, but Paris lies in Henry County only in Tennessee. Both readings gain, weighted by how
 * plausible the other name is, so a county named in passing cannot pull a town across the country on its own.
 */
public final class SharedCountyPass implements ResolverPass {

    static final double BONUS = 2.0;

    @Override
    public void apply(ArticleMentions article, ScoreSheet sheet) {
        int n = sheet.size();
        if (n < 2) {
            return;
        }
        Map<String, County> counties = null;
        for (int g = 0; g < n; g++) {
            for (int c = 0; c < sheet.candidates(g); c++) {
                Place p = sheet.place(g, c);
                if (p.kind() == PlaceKind.ADMIN2 && !p.admin2Code().isEmpty()) {
                    if (counties == null) {
                        counties = new HashMap<>();
                    }
                    counties.computeIfAbsent(key(p), k -> new County()).add(g, c);
                }
            }
        }
        if (counties == null) {
            return;
        }
        for (int g = 0; g < n; g++) {
            double weight = sheet.plausibility(g);
            for (int c = 0; c < sheet.candidates(g); c++) {
                Place p = sheet.place(g, c);
                if (p.kind() != PlaceKind.CITY || p.admin2Code().isEmpty()) {
                    continue;
                }
                County county = counties.get(key(p));
                if (county == null || county.group == g) {
                    continue;
                }
                sheet.add(g, c, BONUS * sheet.plausibility(county.group));
                sheet.add(county.group, county.candidate, BONUS * weight);
            }
        }
    }

    private static String key(Place p) {
        return p.countryCode() + '|' + p.admin1Code() + '|' + p.admin2Code();
    }

    /** The first candidate naming one county; later names of the same county are rare enough to leave out. */
    private static final class County {
        int group = -1;
        int candidate;

        void add(int g, int c) {
            if (group < 0) {
                group = g;
                candidate = c;
            }
        }
    }
}
