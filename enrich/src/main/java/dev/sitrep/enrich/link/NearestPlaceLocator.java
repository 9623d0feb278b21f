package dev.sitrep.enrich.link;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.CasualtyMention;
import dev.sitrep.common.model.Location;
import dev.sitrep.common.model.LocationMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Links each casualty figure to the place where its event happened: the place named closest to the figure,
 * preferring the same sentence, a locative word before the name ("fighting near Karabakh"), and a specific
 * place over a country; a nationality inside the figure's own words ("14 Azerbaijani soldiers") is who died,
 * not where. With no such place, the article's main place; with no place at all, null. Thread-safe.
 */
public final class NearestPlaceLocator implements EventLocator {

    private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "outside", "around", "across", "inside",
            "into", "throughout", "outskirts", "nearby", "of", "from", "to", "on");
    private static final Set<String> STRONG_LOCATIVE = Set.of("in", "near", "at", "outside", "around", "across",
            "inside", "throughout", "outskirts");
    /** A candidate must reach this score; else the article's main place stands in. */
    private static final double MIN_SCORE = 1.0;

    @Override
    public Casualties link(ArticleText article, Casualties casualties, List<Location> locations) {
        if (casualties.mentions().isEmpty()) {
            return casualties;
        }
        Integer main = MainPlace.index(article, locations);
        List<CasualtyMention> linked = new ArrayList<>(casualties.mentions().size());
        for (CasualtyMention cm : casualties.mentions()) {
            Integer where = nearest(article, cm, locations);
            linked.add(cm.withLocation(where != null ? where : main));
        }
        return casualties.withMentions(linked);
    }

    private static Integer nearest(ArticleText article, CasualtyMention cm, List<Location> locations) {
        String text = article.field(cm.field());
        double bestScore = MIN_SCORE;
        Integer best = null;
        for (int i = 0; i < locations.size(); i++) {
            Location loc = locations.get(i);
            for (LocationMention lm : loc.mentions()) {
                if (lm.field() != cm.field()) {
                    continue;
                }
                double s = score(text, cm, loc, lm);
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
        }
        return best;
    }

    static double score(String text, CasualtyMention cm, Location loc, LocationMention lm) {
        int distance = lm.end() <= cm.start() ? cm.start() - lm.end() : Math.max(0, lm.start() - cm.end());
        int boundaries = sentenceBoundaries(text, Math.min(lm.end(), cm.start()), Math.max(lm.start(), cm.end()));
        double s = boundaries == 0 ? 3.0 : boundaries == 1 ? 1.0 : 0.0;
        s -= distance / 250.0;
        boolean inside = lm.start() >= cm.start() && lm.end() <= cm.end();
        if (inside) {
            s -= 2.5;
        }
        String before = wordBefore(text, lm.start());
        if (STRONG_LOCATIVE.contains(before)) {
            s += 2.0;
        } else if (LOCATIVE.contains(before)) {
            s += 1.0;
        }
        return s + MainPlace.specificity(loc);
    }

    static String wordBefore(String text, int start) {
        int e = start;
        while (e > 0 && !Character.isLetter(text.charAt(e - 1))) {
            if (text.charAt(e - 1) == '.' || text.charAt(e - 1) == ',') {
                return "";
            }
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    private static int sentenceBoundaries(String text, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(text.length(), to); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                n++;
            }
        }
        return n;
    }
}
