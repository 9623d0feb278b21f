package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.common.model.TextField;
import dev.sitrep.enrich.geo.extractor.NameMention;
import dev.sitrep.enrich.geo.gazetteer.Geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Picks one place for each name: groups the mentions of a name, runs the passes in order over the candidates'
 * scores, and keeps a name only when its best reading is likely enough. Thread-safe.
 */
public final class Resolver {

    /** Candidates kept per name, best known first; more only slow the passes down. */
    static final int MAX_CANDIDATES = 40;
    /** Below this confidence the best reading is a guess, and guesses are left out. */
    static final double MIN_CONFIDENCE = 0.1;
    /** Readings this close together count as agreeing: the evaluation's own radius of a right answer. */
    static final double AGREEMENT_KM = 161;
    /** Below this score the place is too small to stand without support from context. */
    static final double MIN_SCORE = 4.0;
    /** A common word at a capital ("Mobile", "Reading") needs a clearly strong reading. */
    static final double MIN_SCORE_COMMON_WORD = 6.0;

    /** Title first, then by start: compared on ints, as the mentions of many a name are sorted per article. */
    private static final Comparator<NameMention> TEXT_ORDER = (a, b) -> {
        int byField = Integer.compare(a.field() == TextField.TITLE ? 0 : 1, b.field() == TextField.TITLE ? 0 : 1);
        return byField != 0 ? byField : Integer.compare(a.start(), b.start());
    };

    private final List<ResolverPass> passes;

    public Resolver(List<ResolverPass> passes) {
        this.passes = List.copyOf(passes);
    }

    /** The default chain, in order. */
    public static Resolver standard() {
        return new Resolver(List.of(new PriorPass(), new ShortNamePass(), new ContainmentPass(), new SharedCountyPass(),
                new DocumentFocusPass(), new SharedRegionPass(), new ProximityPass(), new NamedCountryCapitalPass()));
    }

    public List<Resolution> resolve(ArticleMentions article) {
        Objects.requireNonNull(article, "article");
        ScoreSheet sheet = new ScoreSheet(group(article));
        for (ResolverPass pass : passes) {
            pass.apply(article, sheet);
        }
        List<Resolution> out = new ArrayList<>();
        double[] probabilities = new double[sheet.maxCandidates()];
        for (int g = 0; g < sheet.size(); g++) {
            int best = sheet.best(g);
            if (best < 0) {
                continue;
            }
            double score = sheet.score(g, best);
            MentionGroup group = sheet.group(g);
            double minScore = group.commonWord() ? MIN_SCORE_COMMON_WORD : MIN_SCORE;
            double confidence = confidence(agreement(sheet, g, best, probabilities), score);
            if (score < minScore || confidence < MIN_CONFIDENCE) {
                continue;
            }
            List<NameMention> reported = group.reported();
            if (!reported.isEmpty()) {
                out.add(new Resolution(sheet.place(g, best), confidence, reported));
            }
        }
        return out;
    }

    /**
     * The belief that the place lies where the best reading puts it: the share of candidates near it, so that
     * twenty small namesakes in one state do not make the largest one a guess. {@code p} is scratch space.
     */
    private static double agreement(ScoreSheet sheet, int g, int best, double[] p) {
        sheet.probabilities(g, p);
        CandidateTable t = sheet.table(g);
        double bestLat = t.lats[best];
        double bestLon = t.lons[best];
        double near = 0;
        for (int c = 0; c < t.size(); c++) {
            if (c == best || Math.abs(t.lats[c] - bestLat) <= AGREEMENT_KM / 111.0
                    && Geo.km(t.lats[c], t.lons[c], bestLat, bestLon) <= AGREEMENT_KM) {
                near += p[c];
            }
        }
        return near;
    }

    /** Belief among the candidates, tempered when the winner's own evidence is thin. */
    private static double confidence(double p, double score) {
        double support = 1 / (1 + Math.exp(-(score - MIN_SCORE - 1)));
        return Math.max(0, Math.min(1, p * (0.5 + 0.5 * support)));
    }

    /**
     * One group per name, except that a name given different containers ("Paris, Texas" and "Paris, France")
     * forms one group per container; plain mentions join the name's only containered group, if it has one.
     */
    private static List<MentionGroup> group(ArticleMentions article) {
        List<NameMention> mentions = article.mentions();
        Map<String, ByContainer> byKey = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            NameMention m = mentions.get(i);
            String container = i + 1 < mentions.size() && m.cues().commaAfter()
                    && ContainmentPass.adjacentByComma(article, m, mentions.get(i + 1)) ? mentions.get(i + 1).key() : "";
            ByContainer first = byKey.get(m.key());
            if (first == null) {
                byKey.put(m.key(), new ByContainer(container, m));
            } else {
                first.add(container, m);
            }
        }
        List<MentionGroup> groups = new ArrayList<>(byKey.size());
        for (ByContainer first : byKey.values()) {
            ByContainer second = first.next;
            if (second != null && second.next == null && (first.container.isEmpty() || second.container.isEmpty())) {
                ByContainer plain = first.container.isEmpty() ? first : second;
                List<NameMention> only = new ArrayList<>((plain == first ? second : first).mentions());
                only.addAll(plain.mentions());
                only.sort(TEXT_ORDER);
                groups.add(group(only));
                continue;
            }
            for (ByContainer c = first; c != null; c = c.next) {
                groups.add(group(c.mentions()));
            }
        }
        return groups;
    }

    private static MentionGroup group(List<NameMention> ms) {
        return new MentionGroup(ms.get(0).key(), ms, ScoreSheet.firstCandidates(ms.get(0).matches(), MAX_CANDIDATES));
    }

    /**
     * The mentions of one name with one container ("" for none), and through {@link #next} those with the name's
     * other containers, in order of first mention. Most names have one container: a chain costs less than a map.
     */
    private static final class ByContainer {
        final String container;
        /** The first mention, and all of them once there are more: most names are mentioned once. */
        private final NameMention first;
        private List<NameMention> all;
        ByContainer next;

        ByContainer(String container, NameMention first) {
            this.container = container;
            this.first = first;
        }

        /** The mentions in text order; one mention comes as an immutable list, which the group keeps as it is. */
        List<NameMention> mentions() {
            return all != null ? all : List.of(first);
        }

        void add(String container, NameMention m) {
            ByContainer c = this;
            while (!c.container.equals(container)) {
                if (c.next == null) {
                    c.next = new ByContainer(container, m);
                    return;
                }
                c = c.next;
            }
            if (c.all == null) {
                c.all = new ArrayList<>(4);
                c.all.add(c.first);
            }
            c.all.add(m);
        }
    }
}
