package dev.sitrep.enrich.link;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.CasualtyMention;
import dev.sitrep.common.model.Location;
import dev.sitrep.common.model.LocationMention;
import dev.sitrep.common.model.TextField;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<TextField, Field> fields = new EnumMap<>(TextField.class);
        Map<LocationMention, Double> locative = new HashMap<>();
        List<CasualtyMention> linked = new ArrayList<>(casualties.mentions().size());
        for (CasualtyMention cm : casualties.mentions()) {
            Field field = fields.computeIfAbsent(cm.field(), f -> new Field(article.field(f)));
            Integer where = nearest(field, cm, locations, locative);
            linked.add(cm.withLocation(where != null ? where : main));
        }
        return casualties.withMentions(linked);
    }

    /**
     * Every casualty figure is scored against every place mention: what depends on the text alone (its
     * sentence ends, the word before each place) is worked out once per article, not once per pair.
     */
    private static Integer nearest(Field field, CasualtyMention cm, List<Location> locations,
                                   Map<LocationMention, Double> locative) {
        double bestScore = MIN_SCORE;
        Integer best = null;
        for (int i = 0; i < locations.size(); i++) {
            Location loc = locations.get(i);
            for (LocationMention lm : loc.mentions()) {
                if (lm.field() != cm.field()) {
                    continue;
                }
                double bonus = locative.computeIfAbsent(lm, m -> locativeBonus(field.text(), m));
                double s = score(field, cm, loc, lm, bonus);
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
        }
        return best;
    }

    static double score(String text, CasualtyMention cm, Location loc, LocationMention lm) {
        return score(new Field(text), cm, loc, lm, locativeBonus(text, lm));
    }

    private static double score(Field field, CasualtyMention cm, Location loc, LocationMention lm, double locative) {
        int distance = lm.end() <= cm.start() ? cm.start() - lm.end() : Math.max(0, lm.start() - cm.end());
        int boundaries = field.boundaries(Math.min(lm.end(), cm.start()), Math.max(lm.start(), cm.end()));
        double s = boundaries == 0 ? 3.0 : boundaries == 1 ? 1.0 : 0.0;
        s -= distance / 250.0;
        boolean inside = lm.start() >= cm.start() && lm.end() <= cm.end();
        if (inside) {
            s -= 2.5;
        }
        if (locative != 0) {
            s += locative;
        }
        return s + MainPlace.specificity(loc);
    }

    /** What the word before a place name adds: 2 for "in", "near"; 1 for "of", "from"; else 0. */
    private static double locativeBonus(String text, LocationMention lm) {
        String before = wordBefore(text, lm.start());
        if (STRONG_LOCATIVE.contains(before)) {
            return 2.0;
        }
        return LOCATIVE.contains(before) ? 1.0 : 0.0;
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

    /**
     * One field's text with its sentence ends counted once: {@code ends[i]} is the number of sentence
     * ends ({@code . ! ?} or a line break, followed by a space or the end) at offsets before {@code i}.
     */
    private record Field(String text, int[] ends) {

        Field(String text) {
            this(text, count(text));
        }

        private static int[] count(String text) {
            int n = text.length();
            int[] ends = new int[n + 1];
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                boolean end = (c == '.' || c == '!' || c == '?' || c == '\n')
                        && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)));
                ends[i + 1] = ends[i] + (end ? 1 : 0);
            }
            return ends;
        }

        /** Sentence ends at offsets in {@code [from, to)}, clipped to the text. */
        int boundaries(int from, int to) {
            int a = Math.max(0, from);
            int b = Math.min(text.length(), to);
            return a < b ? ends[b] - ends[a] : 0;
        }
    }
}
