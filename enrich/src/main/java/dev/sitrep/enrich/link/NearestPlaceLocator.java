package dev.sitrep.enrich.link;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.CasualtyMention;
import dev.sitrep.common.model.Location;
import dev.sitrep.common.model.LocationMention;
import dev.sitrep.common.model.TextField;
import dev.sitrep.enrich.text.ArticleScan;
import dev.sitrep.enrich.text.Chars;
import dev.sitrep.enrich.text.TextScan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Links each casualty figure to the place where its event happened: the place named closest to the figure,
 * preferring the same sentence, a locative word before the name ("fighting near Karabakh"), and a specific
 * place over a country; a nationality inside the figure's own words ("14 Azerbaijani soldiers") is who died,
 * not where. With no such place, the article's main place; with no place at all, null. Thread-safe.
 */
public final class NearestPlaceLocator implements EventLocator {

    /** What the word before a place name adds: 2 for "in", "near"; 1 for "of", "from". */
    private static final WordBefore LOCATIVE = new WordBefore(locatives());
    /** The characters that may end a sentence. */
    private static final char[] END_MARKS = {'.', '!', '?', '\n'};
    /** A candidate must reach this score; else the article's main place stands in. */
    private static final double MIN_SCORE = 1.0;

    @Override
    public Casualties link(ArticleText article, Casualties casualties, List<Location> locations) {
        return link(new ArticleScan(article), casualties, locations);
    }

    @Override
    public Casualties link(ArticleScan scan, Casualties casualties, List<Location> locations) {
        if (casualties.mentions().isEmpty()) {
            return casualties;
        }
        Integer main = MainPlace.index(scan, locations);
        Map<TextField, Places> byField = new EnumMap<>(TextField.class);
        List<CasualtyMention> linked = new ArrayList<>(casualties.mentions().size());
        for (CasualtyMention cm : casualties.mentions()) {
            Places places = byField.computeIfAbsent(cm.field(), f -> new Places(scan.field(f), f, locations));
            Integer where = places.nearest(cm);
            linked.add(cm.withLocation(where != null ? where : main));
        }
        return casualties.withMentions(linked);
    }

    /**
     * The place mentions of one field with what the text says around each (the word before it, how many
     * sentences end before it), worked out once per article: every casualty figure is then scored against
     * every mention with arithmetic alone.
     */
    private static final class Places {

        private final int[] sentenceEnds;
        private final int size;
        private final int[] location;
        private final int[] start;
        private final int[] end;
        private final int[] endsBeforeStart;
        private final int[] endsBeforeEnd;
        private final double[] locative;
        private final double[] specificity;
        /** The mentions' indices in the order of their starts, and those starts: a figure looks only nearby. */
        private final int[] byStart;
        private final int[] sortedStarts;
        /** How far from a figure a place can still reach {@link #MIN_SCORE}, plus the longest name. */
        private final int reach;

        Places(TextScan scan, TextField field, List<Location> locations) {
            char[] text = scan.chars();
            sentenceEnds = sentenceEnds(scan.text());
            // indexed loops: an iterator per list would be garbage per article
            int n = 0;
            for (int i = 0; i < locations.size(); i++) {
                List<LocationMention> mentions = locations.get(i).mentions();
                for (int j = 0; j < mentions.size(); j++) {
                    n += mentions.get(j).field() == field ? 1 : 0;
                }
            }
            size = n;
            location = new int[n];
            start = new int[n];
            end = new int[n];
            endsBeforeStart = new int[n];
            endsBeforeEnd = new int[n];
            locative = new double[n];
            specificity = new double[n];
            int k = 0;
            for (int i = 0; i < locations.size(); i++) {
                Location loc = locations.get(i);
                double spec = MainPlace.specificity(loc);
                List<LocationMention> mentions = loc.mentions();
                for (int j = 0; j < mentions.size(); j++) {
                    LocationMention lm = mentions.get(j);
                    if (lm.field() != field) {
                        continue;
                    }
                    location[k] = i;
                    start[k] = lm.start();
                    end[k] = lm.end();
                    locative[k] = LOCATIVE.before(text, lm.start());
                    specificity[k] = spec;
                    k++;
                }
            }
            byStart = new int[n];
            sortedStarts = new int[n];
            int longest = 0;
            double bestBonus = 0;
            for (int j = 0; j < n; j++) {
                longest = Math.max(longest, end[j] - start[j]);
                bestBonus = Math.max(bestBonus, locative[j] + specificity[j]);
            }
            // start and index in one long each: sorted without boxing, ties in index order
            long[] keyed = new long[n];
            for (int j = 0; j < n; j++) {
                keyed[j] = (long) start[j] << 32 | j;
            }
            Arrays.sort(keyed);
            for (int j = 0; j < n; j++) {
                byStart[j] = (int) keyed[j];
                sortedStarts[j] = start[byStart[j]];
            }
            countSentenceEnds();
            // a score is at most 3 (same sentence) + bonuses - distance / 250: past this distance it stays under MIN_SCORE
            reach = (int) Math.ceil(250 * (3.0 + bestBonus - MIN_SCORE)) + 1 + longest;
        }

        private int firstStartAtLeast(int offset) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sortedStarts[mid] < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /**
         * The place named closest to the figure, preferring the same sentence, a locative word before the
         * name and a specific place; null when none scores {@link #MIN_SCORE}.
         */
        Integer nearest(CasualtyMention cm) {
            int cs = cm.start();
            int ce = cm.end();
            int endsBeforeCs = endsBefore(cs);
            int endsBeforeCe = endsBefore(ce);
            double bestScore = MIN_SCORE;
            Integer best = null;
            int bestK = -1;
            // only the mentions within reach can score; they are visited in start order, not copied and sorted back
            // into their original order, so a tie goes to the lower original index as a visit in that order would give it
            int hi = firstStartAtLeast(ce + reach + 1);
            for (int c = firstStartAtLeast(cs - reach); c < hi; c++) {
                int k = byStart[c];
                int ls = start[k];
                int le = end[k];
                int distance = le <= cs ? cs - le : Math.max(0, ls - ce);
                // sentence ends between the two: in [min(le, cs), max(ls, ce))
                int from = Math.min(le, cs);
                int to = Math.max(ls, ce);
                int boundaries = from < to
                        ? (ls >= ce ? endsBeforeStart[k] : endsBeforeCe) - (le <= cs ? endsBeforeEnd[k] : endsBeforeCs)
                        : 0;
                double s = boundaries == 0 ? 3.0 : boundaries == 1 ? 1.0 : 0.0;
                s -= distance / 250.0;
                boolean inside = ls >= cs && le <= ce;
                if (inside) {
                    s -= 2.5;
                }
                if (locative[k] != 0) {
                    s += locative[k];
                }
                s += specificity[k];
                if (s > bestScore || s == bestScore && k < bestK) {
                    bestScore = s;
                    best = location[k];
                    bestK = k;
                }
            }
            return best;
        }

        /**
         * Sentence ends before each mention's start and end, in one walk of the mentions in start order against the
         * ends: a binary search per offset cost more than the whole walk, where a field has a few dozen of each.
         */
        private void countSentenceEnds() {
            int e = 0;
            for (int j = 0; j < size; j++) {
                int k = byStart[j];
                while (e < sentenceEnds.length && sentenceEnds[e] < start[k]) {
                    e++;
                }
                endsBeforeStart[k] = e;
                int f = e;
                while (f < sentenceEnds.length && sentenceEnds[f] < end[k]) {
                    f++;
                }
                endsBeforeEnd[k] = f;
            }
        }

        /** Sentence ends ({@code . ! ?} or a line break, followed by a space or the end) at offsets before {@code offset}. */
        private int endsBefore(int offset) {
            int i = Arrays.binarySearch(sentenceEnds, offset);
            return i >= 0 ? i : -i - 1;
        }

        /**
         * Found with {@code String.indexOf}, once per end mark: the JIT scans for one character many at a time,
         * where a loop testing every character for four marks costs about a nanosecond each.
         */
        private static int[] sentenceEnds(String text) {
            int n = text.length();
            int[] ends = new int[16];
            int count = 0;
            for (char mark : END_MARKS) {
                for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
                    if (i + 1 == n || Chars.isWhitespace(text.charAt(i + 1))) {
                        if (count == ends.length) {
                            ends = Arrays.copyOf(ends, count * 2);
                        }
                        ends[count++] = i;
                    }
                }
            }
            Arrays.sort(ends, 0, count);
            return Arrays.copyOf(ends, count);
        }
    }

    private static Map<String, Double> locatives() {
        Map<String, Double> m = WordBefore.valued(2.0, "in", "near", "at", "outside", "around", "across", "inside",
                "throughout", "outskirts");
        m.putAll(WordBefore.valued(1.0, "into", "nearby", "of", "from", "to", "on"));
        return m;
    }
}
