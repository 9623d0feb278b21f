package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.NameMatch;

import java.util.Arrays;

/**
 * A short name stands for the place the article named in full: after "Avoyelles Parish", "Avoyelles" is that
 * parish, not a namesake. Candidates reached by a weak name gain when another name of the article reaches the
 * same place by a full one.
 */
public final class ShortNamePass implements ResolverPass {

    static final double BONUS = 4.0;

    @Override
    public void apply(ArticleMentions article, ScoreSheet sheet) {
        long[] named = null;
        for (int g = 0; g < sheet.size(); g++) {
            CandidateTable t = sheet.table(g);
            if (!t.anyWeak) {
                continue;
            }
            for (int c = 0; c < t.size(); c++) {
                if (!t.weak[c]) {
                    continue;
                }
                if (named == null) {
                    named = fullyNamedIds(sheet);
                }
                if (Arrays.binarySearch(named, t.ids[c]) >= 0) {
                    sheet.add(g, c, BONUS);
                }
            }
        }
    }

    /**
     * {@link NameMatch#fullyNamedIds} of the sheet's groups, read from their tables: the candidates' ids and kinds of
     * name lie there in order, where the matches and places lie all over the heap.
     */
    private static long[] fullyNamedIds(ScoreSheet sheet) {
        int n = 0;
        for (int g = 0; g < sheet.size(); g++) {
            n += sheet.table(g).size();
        }
        long[] ids = new long[n];
        int found = 0;
        for (int g = 0; g < sheet.size(); g++) {
            CandidateTable t = sheet.table(g);
            for (int c = 0; c < t.size(); c++) {
                if (!t.weak[c]) {
                    ids[found++] = t.ids[c];
                }
            }
        }
        Arrays.sort(ids, 0, found);
        return Arrays.copyOf(ids, found);
    }
}
