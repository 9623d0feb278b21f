package dev.sitrep.enrich.link;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Location;
import dev.sitrep.common.model.LocationMention;
import dev.sitrep.enrich.text.ArticleScan;

import java.util.List;

/**
 * The place an article is mainly about: a specific place (a town over a region over a country), named early,
 * after a locative word ("in Haifa"), and often. Stateless.
 */
public final class MainPlace {

    private static final WordBefore LOCATIVE = new WordBefore(WordBefore.valued(1.0, "in", "near", "at", "outside"));

    private MainPlace() {
    }

    /** Index into {@code locations} of the main place, or null when there is none. */
    public static Integer index(ArticleText article, List<Location> locations) {
        return index(new ArticleScan(article), locations);
    }

    /** Index into {@code locations} of the main place, or null when there is none; reads the scan's characters. */
    public static Integer index(ArticleScan scan, List<Location> locations) {
        Integer best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < locations.size(); i++) {
            Location loc = locations.get(i);
            double s = specificity(loc) + 0.5 * Math.min(4, loc.mentions().size()) + loc.confidence();
            LocationMention first = loc.mentions().get(0);
            if (LOCATIVE.before(scan.field(first.field()).chars(), first.start()) != 0) {
                s += 1.0;
            }
            s -= Math.min(2.0, first.start() / 1000.0);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }

    /** How specific a place is, by its GeoNames feature code: a town beats a region beats a country. */
    static double specificity(Location loc) {
        String f = loc.featureCode() == null ? "" : loc.featureCode();
        if (f.startsWith("PPL") || f.equals("ADM2") || f.equals("ADM3")) {
            return 1.5;
        }
        if (f.equals("ADM1") || f.equals("RGN")) {
            return 1.0;
        }
        if (f.equals("CONT")) {
            return -1.0;
        }
        return 0.0;
    }
}
