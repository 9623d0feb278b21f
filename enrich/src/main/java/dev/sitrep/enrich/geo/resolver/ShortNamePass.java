package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.NameKind;
import dev.sitrep.enrich.geo.gazetteer.NameMatch;

import java.util.Arrays;
import java.util.List;

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
            List<NameMatch> cs = sheet.group(g).candidates();
            for (int c = 0; c < cs.size(); c++) {
                if (cs.get(c).via() != NameKind.WEAK) {
                    continue;
                }
                if (named == null) {
                    named = NameMatch.fullyNamedIds(sheet.size(), i -> sheet.group(i).candidates());
                }
                if (Arrays.binarySearch(named, cs.get(c).place().id()) >= 0) {
                    sheet.add(g, c, BONUS);
                }
            }
        }
    }
}
