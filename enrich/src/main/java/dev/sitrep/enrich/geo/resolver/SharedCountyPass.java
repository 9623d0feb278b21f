package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A town and a county the article names both, the town lying in the county: "Springfield" and "Greene County" are
 * each found in several states, but Springfield lies in Greene County only in Missouri. Both readings gain,
 * weighted by how plausible the other name is, so a county named in passing cannot pull a town across the country
 * on its own.
 */
public final class SharedCountyPass implements ResolverPass {

    static final double BONUS = 2.0;

    @Override
    public void apply(ArticleMentions article, ScoreSheet sheet) {
        int n = sheet.size();
        if (n < 2) {
            return;
        }
        // counties by their own code; the gazetteer shares one string per code, so no key is built per lookup
        Map<String, List<int[]>> counties = null;
        for (int g = 0; g < n; g++) {
            CandidateTable t = sheet.table(g);
            for (int c = 0; c < t.size(); c++) {
                if (t.kinds[c] == PlaceKind.ADMIN2 && !t.admin2Codes[c].isEmpty()) {
                    if (counties == null) {
                        counties = new HashMap<>();
                    }
                    counties.computeIfAbsent(t.admin2Codes[c], k -> new ArrayList<>(2)).add(new int[] {g, c});
                }
            }
        }
        if (counties == null) {
            return;
        }
        for (int g = 0; g < n; g++) {
            double weight = sheet.plausibility(g);
            CandidateTable t = sheet.table(g);
            for (int c = 0; c < t.size(); c++) {
                if (t.kinds[c] != PlaceKind.CITY || t.admin2Codes[c].isEmpty()) {
                    continue;
                }
                List<int[]> same = counties.get(t.admin2Codes[c]);
                int[] county = same == null ? null : containing(sheet, same, t.places[c], g);
                if (county != null) {
                    sheet.add(g, c, BONUS * sheet.plausibility(county[0]));
                    sheet.add(county[0], county[1], BONUS * weight);
                }
            }
        }
    }

    /** The first county reading of another name that the town lies in, or null. */
    private static int[] containing(ScoreSheet sheet, List<int[]> counties, Place town, int g) {
        for (int[] gc : counties) {
            Place county = sheet.place(gc[0], gc[1]);
            if (gc[0] != g && county.countryCode().equals(town.countryCode())
                    && county.admin1Code().equals(town.admin1Code())) {
                return gc;
            }
        }
        return null;
    }
}
