package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.NameKind;
import dev.sitrep.enrich.geo.gazetteer.NameMatch;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A short name stands for the place the article named in full: after "Avoyelles Parish", "Avoyelles" is that
 * parish, not a namesake. Candidates reached by a weak name gain when another name of the article reaches the
 * same place by a full one.
 */
public final class ShortNamePass implements ResolverPass {

    static final double BONUS = 4.0;

    @Override
    public void apply(ArticleMentions article, ScoreSheet sheet) {
        Set<Long> named = null;
        for (int g = 0; g < sheet.size(); g++) {
            List<NameMatch> cs = sheet.group(g).candidates();
            for (int c = 0; c < cs.size(); c++) {
                if (cs.get(c).via() != NameKind.WEAK) {
                    continue;
                }
                if (named == null) {
                    named = fullyNamed(sheet);
                }
                if (named.contains(cs.get(c).place().id())) {
                    sheet.add(g, c, BONUS);
                }
            }
        }
    }

    private static Set<Long> fullyNamed(ScoreSheet sheet) {
        Set<Long> ids = new HashSet<>();
        for (MentionGroup group : sheet.groups()) {
            for (NameMatch m : group.candidates()) {
                if (m.via() != NameKind.WEAK) {
                    ids.add(m.place().id());
                }
            }
        }
        return ids;
    }
}
