package dev.sitrep.enrich.casualty;

import dev.sitrep.enrich.text.WordSet;
import dev.sitrep.enrich.text.Token;
import dev.sitrep.enrich.text.WordTable;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Sentence-level tests that keep a figure out of the event's count or mark it as disputed: the past
 * ("30 years ago", "in 2014", "since 2008"), commemorations, other incidents, protests about earlier
 * deaths, and reports that differ. Stateless.
 */
final class ClauseChecks {

    private static final Set<String> REMEMBRANCE = Set.of("anniversary", "commemorate", "commemorated",
            "commemorating", "commemorates", "commemoration", "memorial", "mourn", "mourned", "mourning",
            "vigil", "vigils", "honour", "honor", "honouring", "honoring", "honoured", "honored", "remembrance",
            "remember", "remembered", "remembering", "tribute", "tributes", "memory", "obituary");

    private static final Set<String> PROTEST = Set.of("protest", "protests", "protested", "protesting",
            "protesters", "protestors", "demonstration", "demonstrations", "demonstrated", "demonstrators",
            "rally", "rallied", "rallies", "marched", "demanding", "demand", "demanded", "demands",
            "justice", "condemn", "condemned", "condemning", "denounce", "denounced", "denouncing", "sit-in",
            "petition", "boycott", "picket");

    private static final WordSet YEAR_SCOPE = WordSet.of("this", "last", "past", "previous", "same");

    private static final WordSet TALLIED = WordSet.of("shootings", "incidents", "attacks", "events", "cases",
            "shooting", "incident", "attack", "event", "case");

    private static final Set<String> OTHER_EVENT = Set.of("separate", "another", "unrelated", "similar", "earlier",
            "previous", "prior");

    private static final Set<String> DISPUTED = Set.of("contest", "contests", "contested", "disputed", "disputes",
            "unconfirmed", "unverified");

    private static final Set<String> OTHER_SOURCE = Set.of("other", "another", "some", "conflicting", "differing",
            "different", "separate");

    private static final WordSet SOURCE = WordSet.of("source", "sources", "report", "reports", "accounts");

    private static final Set<String> RETALIATION = Set.of("retaliation", "revenge", "avenge", "avenging",
            "retaliate", "retaliated", "reprisal");

    private static final WordSet BEFORE_YEAR = WordSet.of("in", "during", "of", "from", "since", "between");

    private static final int HISTORY = 1;
    private static final int PROTESTING = 2;
    private static final int DOUBTING = 4;
    private static final int YEAR_WORD = 8;
    private static final int SINCE = 16;
    private static final int OTHER = 32;
    private static final int SOURCE_OTHER = 64;
    private static final int CHECKED = 128;

    /** Every cue word with what it may signal, so that a sentence is read with one lookup a token. */
    private static final WordTable<Integer> CUES = new WordTable<>(cues());

    private ClauseChecks() {
    }

    private static Map<String, Integer> cues() {
        Map<String, Integer> m = new HashMap<>();
        REMEMBRANCE.forEach(w -> m.merge(w, HISTORY, (a, b) -> a | b));
        m.merge("ago", HISTORY, (a, b) -> a | b);
        PROTEST.forEach(w -> m.merge(w, PROTESTING, (a, b) -> a | b));
        RETALIATION.forEach(w -> m.merge(w, PROTESTING, (a, b) -> a | b));
        DISPUTED.forEach(w -> m.merge(w, DOUBTING, (a, b) -> a | b));
        m.merge("year", YEAR_WORD, (a, b) -> a | b);
        m.merge("years", YEAR_WORD, (a, b) -> a | b);
        m.merge("since", SINCE, (a, b) -> a | b);
        OTHER_EVENT.forEach(w -> m.merge(w, OTHER, (a, b) -> a | b));
        OTHER_SOURCE.forEach(w -> m.merge(w, SOURCE_OTHER, (a, b) -> a | b));
        m.merge("confirmed", CHECKED, (a, b) -> a | b);
        m.merge("verified", CHECKED, (a, b) -> a | b);
        return Map.copyOf(m);
    }

    /**
     * What a sentence says about its figures, read in one pass.
     *
     * @param history     it tells of casualties outside the reported event: the past ("30 years ago",
     *                    "in 2014", "since 2008"), commemorations, other incidents
     * @param protest     it is about a protest, demand, condemnation or reprisal: a grievance, not an event
     * @param alternative it gives a figure other reports differ from, or an unconfirmed one ("other
     *                    sources report", "the villagers contest", "has not been confirmed"): coders
     *                    keep the most conservative figure
     */
    record Flags(boolean history, boolean protest, boolean alternative) {
    }

    static Flags flags(SentenceTokens s) {
        boolean history = false;
        boolean protest = false;
        boolean alternative = false;
        int n = s.size();
        for (int k = 0; k < n && !history; k++) {
            Token t = s.get(k);
            if (t.isNumber()) {
                history = pastYear(s, k);
                continue;
            }
            Integer cue = CUES.get(t);
            if (cue == null) {
                continue;
            }
            int c = cue;
            history = (c & HISTORY) != 0
                    || (c & YEAR_WORD) != 0 && yearScope(s, k)
                    || (c & SINCE) != 0 && sinceStart(s, k)
                    || (c & OTHER) != 0 && k + 1 < n && TALLIED.contains(s.get(k + 1));
            protest |= (c & PROTESTING) != 0;
            alternative |= (c & DOUBTING) != 0
                    || (c & SOURCE_OTHER) != 0 && k + 1 < n && SOURCE.contains(s.get(k + 1))
                    || (c & CHECKED) != 0 && denied(s, k);
        }
        return new Flags(history, protest, alternative);
    }

    /** "this year", "last year", "the past two years". */
    private static boolean yearScope(SentenceTokens s, int k) {
        return k > 0 && (YEAR_SCOPE.contains(s.get(k - 1))
                || k > 1 && YEAR_SCOPE.contains(s.get(k - 2)) && !s.get(k - 2).is("this"));
    }

    /** "in 2016": an event's own date is written with its day ("on 9 May 2020"), a past one often without. */
    private static boolean pastYear(SentenceTokens s, int k) {
        Token t = s.get(k);
        if (!isYear(t) || k == 0 || !BEFORE_YEAR.contains(s.get(k - 1))) {
            return false;
        }
        return !s.get(k - 1).is("of") || Integer.parseInt(t.lower()) < s.years().latest();
    }

    /** "not confirmed", "has not been independently verified". */
    private static boolean denied(SentenceTokens s, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            if (s.get(j).is("not") || s.get(j).endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** "since 2008", "since the start of the war"; not "the deadliest since 2008". */
    private static boolean sinceStart(SentenceTokens s, int k) {
        if (k > 0) {
            String before = s.get(k - 1).lower();
            if (before.endsWith("est") || before.equals("first") || before.equals("ever")) {
                return false;
            }
        }
        for (int j = k + 1; j < Math.min(s.size(), k + 4); j++) {
            Token t = s.get(j);
            if (isYear(t) || t.is("start") || t.is("beginning") || t.is("outbreak") || t.is("onset")) {
                return true;
            }
        }
        return false;
    }

    static boolean isYear(Token t) {
        if (!t.isNumber() || t.length() != 4) {
            return false;
        }
        int y = 0;
        for (int k = 0; k < 4; k++) {
            char c = t.lowerAt(k);
            if (c < '0' || c > '9') {
                return false; // "1,50", "2.25"
            }
            y = 10 * y + (c - '0');
        }
        return y >= 1900 && y <= 2100;
    }

    /**
     * Whether the words before token {@code at} deny or put in doubt the casualty word there: "did not
     * kill", "could kill", "threatened to kill", "was nearly killed", "if ... die".
     */
    static boolean doubtedBefore(SentenceTokens s, int at) {
        for (int k = at - 1, steps = 0; k >= 0 && steps < 5; k--, steps++) {
            // compared in place (lowerIs): making each word's lower-case string cost more than the tests
            Token t = s.get(k);
            if (t.isPunct() && !t.is("-")) {
                return false;
            }
            if (Words.denies(s, k) && !t.lowerIs("no") && !t.lowerIs("none") && !t.lowerIs("without")
                    || Words.MODALS.contains(t) || t.lowerIs("if") || t.lowerIs("unless") || t.lowerIs("whether")) {
                return true;
            }
            if (t.lowerIs("to") && k > 0 && Words.INTENT.contains(s.get(k - 1))) {
                return true;
            }
            if (steps == 0 && (t.lowerIs("nearly") || t.lowerIs("almost") || t.lowerIs("narrowly"))) {
                return true;
            }
            if (t.lowerIs("but") || t.lowerIs("while") || t.lowerIs("and") || t.lowerIs("whereas")) {
                return false;
            }
        }
        return false;
    }
}
