package dev.sitrep.enrich.casualty;

import dev.sitrep.enrich.text.Token;

import java.util.Set;

/**
 * Sentence-level tests that keep a figure out of the event's count: the past ("30 years ago", "in
 * 2014", "since 2008"), commemorations, and protests about earlier deaths. Stateless.
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

    private static final Set<String> YEAR_SCOPE = Set.of("this", "last", "past", "previous", "same");

    private static final Set<String> TALLIED = Set.of("shootings", "incidents", "attacks", "events", "cases",
            "shooting", "incident", "attack", "event", "case");

    private static final Set<String> OTHER_EVENT = Set.of("separate", "another", "unrelated", "similar", "earlier",
            "previous", "prior");

    private static final Set<String> DISPUTED = Set.of("contest", "contests", "contested", "disputed", "disputes",
            "unconfirmed", "unverified");

    private static final Set<String> OTHER_SOURCE = Set.of("other", "another", "some", "conflicting", "differing",
            "different", "separate");

    private static final Set<String> SOURCE = Set.of("source", "sources", "report", "reports", "accounts");

    private static final Set<String> RETALIATION = Set.of("retaliation", "revenge", "avenge", "avenging",
            "retaliate", "retaliated", "reprisal");

    private static final Set<String> BEFORE_YEAR = Set.of("in", "during", "of", "from", "since", "between");

    private ClauseChecks() {
    }

    /** Whether the sentence tells of casualties outside the reported event. */
    static boolean history(SentenceTokens s) {
        int n = s.size();
        for (int k = 0; k < n; k++) {
            Token t = s.get(k);
            String w = t.lower();
            if (w.equals("ago") || REMEMBRANCE.contains(w)) {
                return true;
            }
            if ((w.equals("year") || w.equals("years")) && k > 0 && (YEAR_SCOPE.contains(s.get(k - 1).lower())
                    || k > 1 && YEAR_SCOPE.contains(s.get(k - 2).lower()) && !s.get(k - 2).is("this"))) {
                return true;
            }
            if (w.equals("since") && sinceStart(s, k)) {
                return true;
            }
            if (OTHER_EVENT.contains(w) && k + 1 < n && TALLIED.contains(s.get(k + 1).lower())) {
                return true; // "in separate shootings", "in another incident": not this event's toll
            }
            if (isYear(t) && k > 0 && BEFORE_YEAR.contains(s.get(k - 1).lower())
                    && (s.maxYear() > 0 && Integer.parseInt(w) < s.maxYear() || !s.get(k - 1).is("of"))) {
                return true; // "in 2016": an event's own date is written with its day ("on 9 May 2020")
            }
        }
        return false;
    }

    /** Whether the sentence is about a protest, demand, condemnation or reprisal: a grievance, not an event. */
    static boolean protest(SentenceTokens s) {
        for (Token t : s.tokens()) {
            if (PROTEST.contains(t.lower()) || RETALIATION.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence gives a figure that other reports differ from or that is unconfirmed
     * ("other sources report", "the villagers contest", "has not been confirmed"): coders keep the
     * most conservative figure.
     */
    static boolean alternative(SentenceTokens s) {
        int n = s.size();
        for (int k = 0; k < n; k++) {
            String w = s.get(k).lower();
            if (DISPUTED.contains(w)) {
                return true;
            }
            if (OTHER_SOURCE.contains(w) && k + 1 < n && SOURCE.contains(s.get(k + 1).lower())) {
                return true;
            }
            if ((w.equals("confirmed") || w.equals("verified")) && k > 0
                    && (s.get(k - 1).is("not") || k > 1 && s.get(k - 2).is("not") || s.get(k - 1).is("independently")
                    && k > 2 && (s.get(k - 2).is("not") || s.get(k - 3).is("not")))) {
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
        if (!t.isNumber() || t.lower().length() != 4 || t.lower().indexOf(',') >= 0 || t.lower().indexOf('.') >= 0) {
            return false;
        }
        int y = Integer.parseInt(t.lower());
        return y >= 1900 && y <= 2100;
    }

    /**
     * Whether the words before token {@code at} deny or put in doubt the casualty word there: "did not
     * kill", "could kill", "threatened to kill", "was nearly killed", "if ... die".
     */
    static boolean doubtedBefore(SentenceTokens s, int at) {
        for (int k = at - 1, steps = 0; k >= 0 && steps < 5; k--, steps++) {
            Token t = s.get(k);
            String w = t.lower();
            if (t.isPunct() && !t.is("-")) {
                return false;
            }
            if (Words.denies(s, k) && !w.equals("no") && !w.equals("none") && !w.equals("without")
                    || Words.MODALS.contains(w) || w.equals("if") || w.equals("unless") || w.equals("whether")) {
                return true;
            }
            if (w.equals("to") && k > 0 && Words.INTENT.contains(s.get(k - 1).lower())) {
                return true;
            }
            if (steps == 0 && (w.equals("nearly") || w.equals("almost") || w.equals("narrowly"))) {
                return true;
            }
            if (w.equals("but") || w.equals("while") || w.equals("and") || w.equals("whereas")) {
                return false;
            }
        }
        return false;
    }
}
