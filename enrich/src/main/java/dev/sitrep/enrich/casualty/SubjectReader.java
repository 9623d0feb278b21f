package dev.sitrep.enrich.casualty;

import dev.sitrep.enrich.text.WordSet;
import dev.sitrep.common.model.Qualifier;
import dev.sitrep.enrich.text.Quantity;
import dev.sitrep.enrich.text.QuantityForm;
import dev.sitrep.enrich.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a casualty word's count from its subject, leftwards: "at least 14 Azerbaijani and 5 Armenian
 * soldiers dead", "two men were reportedly found dead", "a 23-year-old man was killed", "Smith died".
 * Stateless.
 */
final class SubjectReader {

    private static final int MAX_AUX = 8;
    private static final int MAX_PHRASE = 9;

    private SubjectReader() {
    }

    static Reading read(SentenceTokens s, Trigger tr) {
        int j = tr.first() - 1;
        if (j >= 0 && (s.get(j).is("of") || s.get(j).is("the")) && tr.phrase().words().get(0).equals("dead")) {
            return Reading.NOTHING; // "the dead", "a trail of dead": the dead as a noun, counted elsewhere
        }
        boolean doubted = false;
        boolean singular = false;
        for (int steps = 0; j >= 0 && steps < MAX_AUX; steps++, j--) {
            Token t = s.get(j);
            if (s.quantityEndingAt(j) != null) {
                break;
            }
            if (Words.denies(s, j) || Words.MODALS.contains(t)) {
                doubted = true;
            } else if (t.is("to")) {
                doubted |= j > 0 && Words.INTENT.contains(s.get(j - 1));
            } else if (t.is("nearly") || t.is("almost") || t.is("narrowly")) {
                doubted |= steps == 0;
            } else if (dash(s, j)) {
                int opener = openingDash(s, j);
                if (opener < 0) {
                    break;
                }
                j = opener; // "A 14-year-old girl — believed to be a bystander — was shot"
            } else if (Words.coordinatedParticiple(s, j)) {
                j--; // "was attacked and beaten to death": the subject is before the first participle
            } else if (Words.AUX_FILLER.contains(t)) {
                singular |= Words.SINGULAR_AUX.contains(t);
            } else if (!Words.isAdverb(t)) {
                break;
            }
        }
        if (doubted) {
            return Reading.DOUBTED;
        }
        int phraseEnd = j;
        if (j >= 0 && (s.get(j).is("and") || s.get(j).is("but") || s.get(j).is("then") || s.get(j).is("or"))) {
            return Reading.ELIDED;
        }
        Quantity q = null;
        for (int steps = 0; j >= 0 && steps < MAX_PHRASE; steps++) {
            q = s.quantityEndingAt(j);
            if (q != null) {
                break;
            }
            Token t = s.get(j);
            int before = t.is(",") ? skipAside(s, j) : t.is("in") ? skipAgeRange(s, j, phraseEnd) : -1;
            if (before >= 0) {
                if (j == phraseEnd || t.is("in")) {
                    phraseEnd = before; // the aside trails the phrase: "Cornell Joseph, 29, died"
                }
                j = before;
                continue;
            }
            if (Words.isStop(t) || t.is("(") || t.is(")")) {
                break;
            }
            j--;
        }
        if (q == null) {
            Part one = definiteSubject(s, j + 1, phraseEnd, singular, tr);
            if (one == null) {
                return Reading.NOTHING;
            }
            List<Part> parts = new ArrayList<>();
            parts.add(one);
            coordinated(s, one.first(), one.victims(), parts);
            return Reading.of(parts);
        }
        return counted(s, tr, q, phraseEnd);
    }

    private static Reading counted(SentenceTokens s, Trigger tr, Quantity found, int phraseEnd) {
        Quantity q = found;
        if (q.form() == QuantityForm.ZERO || deniedBefore(s, q.first())) {
            return Reading.DOUBTED;
        }
        int nounFrom = q.end();
        if (q.first() >= 3 && s.get(q.first() - 1).is("the") && s.get(q.first() - 2).is("of")) {
            Quantity outer = s.quantityEndingAt(q.first() - 3);
            if (outer != null && outer.form() != QuantityForm.ARTICLE) {
                q = outer; // "one of the two men died"
            }
        }
        String victims = s.textOf(nounFrom, phraseEnd + 1);
        int last = phraseEnd;
        if (victims == null && q.form() == QuantityForm.ARTICLE && !attributive(s, tr, null)) {
            return Reading.NOTHING; // "a single shot": the casualty word is a noun here
        }
        if (attributive(s, tr, victims)) {
            int after = NounPhrase.end(s, tr.end(), 3);
            victims = s.textOf(tr.end(), after);
            last = after - 1;
            if (victims == null) {
                return Reading.NOTHING;
            }
        }
        if (!NounPhrase.people(s, nounFrom, phraseEnd + 1, victims)) {
            return Reading.NOTHING;
        }
        List<Part> parts = new ArrayList<>();
        parts.add(Part.of(q, Math.max(last, q.end() - 1), victims));
        coordinated(s, q.first(), victims, parts);
        return Reading.of(inheritQualifier(parts));
    }

    /** "3 dead soldiers": the count's noun follows the casualty word. */
    private static boolean attributive(SentenceTokens s, Trigger tr, String victims) {
        return victims == null && tr.phrase().words().size() == 1 && tr.phrase().words().get(0).equals("dead")
                && tr.end() < s.size() && s.get(tr.end()).isWord() && !Words.isStop(s.get(tr.end()));
    }

    /**
     * The conjuncts before the one starting at token {@code first}: "14 Azerbaijani and 5 Armenian
     * soldiers", "3 soldiers, 2 policemen and 4 civilians", "a farmer and his brother". Items after
     * "including" are part of the figure before it ("21 militants including 2 commanders"), so that
     * figure replaces them.
     */
    private static void coordinated(SentenceTokens s, int first, String victims, List<Part> parts) {
        int k = first - 1;
        String head = NounPhrase.head(victims);
        while (k > 0 && parts.size() < 8) {
            Token sep = s.get(k);
            if (sep.is("including")) {
                Conjunct whole = conjunctBefore(s, k);
                if (whole == null || whole.part().definite()) {
                    return;
                }
                parts.clear();
                parts.add(whole.part());
                k = whole.part().first() - 1;
                continue;
            }
            boolean comma = sep.is(",");
            if (!comma && !sep.is("and")) {
                return;
            }
            boolean commaAnd = !comma && s.get(k - 1).is(",");
            Conjunct c = conjunctBefore(s, commaAnd ? k - 1 : k);
            if (c == null || (comma || commaAnd) && !c.counted() || objectOfVerb(s, c.part().first())) {
                return; // "killed a soldier, and another soldier was wounded": two clauses, not one list
            }
            String own = c.part().victims();
            boolean sharesHead = own != null && head != null && own.indexOf(' ') < 0 && Character.isUpperCase(own.charAt(0))
                    && !NounPhrase.hasPluralHead(own);
            parts.add(0, sharesHead ? c.part().withVictims(own + " " + head) : c.part());
            k = c.part().first() - 1;
        }
    }

    private static boolean objectOfVerb(SentenceTokens s, int first) {
        return first > 0 && VERBS_BEFORE_OBJECT.contains(s.get(first - 1));
    }

    private static final WordSet VERBS_BEFORE_OBJECT = WordSet.of("killed", "killing", "wounded",
            "wounding", "injured", "injuring", "shot", "shooting", "kidnapped", "abducted", "arrested", "detained",
            "murdered", "hit", "struck");

    /** One item of a list, read leftwards from the separator at {@code k}. */
    private record Conjunct(Part part, boolean counted) {
    }

    private static Conjunct conjunctBefore(SentenceTokens s, int k) {
        int m = k - 1;
        for (int steps = 0; m >= 0 && steps < 10; steps++, m--) {
            Token t = s.get(m);
            if (t.is(")")) {
                int open = m - 1;
                while (open > 0 && m - open < 8 && !s.get(open).is("(")) {
                    open--;
                }
                if (!s.get(open).is("(")) {
                    return null;
                }
                m = open;
                continue;
            }
            Quantity q = s.quantityEndingAt(m);
            if (q != null) {
                String own = s.textOf(q.end(), k);
                if (q.form() == QuantityForm.ZERO || q.form() == QuantityForm.ARTICLE && own == null
                        || !NounPhrase.people(s, q.end(), k, own)) {
                    return null;
                }
                return new Conjunct(Part.of(q, k - 1, own), q.form() == QuantityForm.NUMERAL || q.form() == QuantityForm.VAGUE);
            }
            if (Words.isStop(t) || t.is("(")) {
                break;
            }
        }
        Part one = singleReferent(s, m + 1, k - 1);
        return one == null ? null : new Conjunct(one, false);
    }

    /** "his brother", "the officer", "John Smith": one person, or null. */
    private static Part singleReferent(SentenceTokens s, int from, int to) {
        if (from > to || from < 0) {
            return null;
        }
        Token first = s.get(from);
        Token head = s.get(to);
        if (!head.isWord() || Words.NOT_PEOPLE.contains(head) || Words.DEFINITE.contains(head)) {
            return null;
        }
        if (Words.DEFINITE.contains(first) && from < to && Words.isSingularNoun(head.lower())) {
            return Part.one(from, to, s.textOf(from, to + 1));
        }
        if (to - from < 4) {
            for (int k = from; k <= to; k++) {
                if (!(s.get(k).isWord() && s.get(k).capitalized() && !NounPhrase.isCalendar(s.get(k)))) {
                    return null;
                }
            }
            return Part.one(from, to, s.textOf(from, to + 1));
        }
        return null;
    }

    /** A bound worded once before a list applies to every item: "at least 14 Azerbaijani and 5 Armenian". */
    static List<Part> inheritQualifier(List<Part> parts) {
        if (parts.size() < 2) {
            return parts;
        }
        Qualifier lead = parts.get(0).qualifier();
        if (lead != Qualifier.AT_LEAST && lead != Qualifier.MORE_THAN) {
            return parts;
        }
        List<Part> out = new ArrayList<>(parts.size());
        out.add(parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            Part p = parts.get(i);
            out.add(p.qualifier() == Qualifier.EXACT && !p.definite()
                    ? new Part(p.best(), p.low(), null, lead, p.first(), p.last(), p.victims(), false, p.total())
                    : p);
        }
        return out;
    }

    /** "none of the", "not all" right before a count. */
    private static boolean deniedBefore(SentenceTokens s, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
            Token t = s.get(k);
            if (t.is("none") || t.is("not") || t.is("no") || t.is("neither")) {
                return true;
            }
            if (t.isPunct()) {
                return false;
            }
        }
        return false;
    }

    /** Skips ", including two children," or ", 23," leftwards; -1 when the comma is no aside. */
    /** How many tokens a parenthetical between dashes may hold. */
    private static final int MAX_DASH_ASIDE = 20;

    /** An em or en dash, or a hyphen with space around it. */
    private static boolean dash(SentenceTokens s, int k) {
        Token t = s.get(k);
        if (t.is("\u2014") || t.is("\u2013") || t.is("--")) {
            return true;
        }
        return t.is("-") && k > 0 && s.get(k - 1).end() < t.start();
    }

    /** The dash that opens the aside the dash at {@code closing} ends, or -1. */
    private static int openingDash(SentenceTokens s, int closing) {
        for (int k = closing - 1; k > 0 && closing - k <= MAX_DASH_ASIDE; k--) {
            if (dash(s, k)) {
                return k < closing - 1 ? k : -1;
            }
        }
        return -1;
    }

    private static int skipAside(SentenceTokens s, int comma) {
        for (int k = comma - 1, steps = 0; k > 0 && steps < 8; k--, steps++) {
            Token t = s.get(k);
            if (t.is(",")) {
                Token opener = s.get(k + 1);
                boolean aside = opener.is("including") || opener.is("among") || opener.is("mostly")
                        || opener.is("most") || opener.is("many") || opener.is("aged") || opener.is("all")
                        || opener.is("both") || nameOrAge(s, k + 1, comma) || appositive(s, k, comma);
                return aside && k + 1 < comma ? k - 1 : -1;
            }
            if (t.isPunct() && !t.is("-") && !t.is("'")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * ", a 25-year-old man," after a subject that names someone already: "The victim, a 25-year-old man, was shot".
     * Only after a definite subject, so that a list ("two soldiers, a policeman, ...") is not taken for one.
     */
    private static boolean appositive(SentenceTokens s, int comma, int closing) {
        Token opener = s.get(comma + 1);
        if (!(opener.is("a") || opener.is("an")) || comma < 1) {
            return false;
        }
        for (int k = comma + 1; k < closing; k++) {
            if (s.get(k).is("and") || s.get(k).is("or")) {
                return false;
            }
        }
        int before = comma - 1;
        return s.get(before).isWord() && (before >= 1 && Words.DEFINITE.contains(s.get(before - 1))
                || s.get(before).capitalized());
    }

    /** ", 23," or ", John Smith,": an age or a name set off by commas. */
    private static boolean nameOrAge(SentenceTokens s, int from, int to) {
        if (to - from == 1 && s.get(from).isNumber()) {
            return true;
        }
        int k = NounPhrase.afterAge(s, from, to);
        if (k >= to || to - k > 4) {
            return false;
        }
        for (; k < to; k++) {
            Token t = s.get(k);
            if (!(t.isWord() && t.capitalized() || t.is(".") || t.is("-"))) {
                return false;
            }
        }
        return true;
    }

    /** "in his 30s" trailing a subject: the index before "in", or -1. */
    private static int skipAgeRange(SentenceTokens s, int in, int phraseEnd) {
        if (in + 2 <= phraseEnd && (s.get(in + 1).is("his") || s.get(in + 1).is("her") || s.get(in + 1).is("their"))) {
            String w = s.get(in + 2).lower();
            if (w.length() >= 3 && w.endsWith("s") && Character.isDigit(w.charAt(0))) {
                return in - 1;
            }
        }
        return -1;
    }

    /**
     * One victim named or referred to: "he", "the man", "the 45-year-old", "35-year-old Thaddeus
     * Williams", "Smith" (with "was", or as subject of "died").
     */
    private static Part definiteSubject(SentenceTokens s, int phraseFrom, int to, boolean singularAux, Trigger tr) {
        if (phraseFrom > to || to < 0) {
            return null;
        }
        int from = phraseFrom;
        for (int k = to; k > phraseFrom; k--) {
            if (Words.DEFINITE.contains(s.get(k))) {
                from = k; // "identified the man": the phrase starts at its determiner
                break;
            }
        }
        Token first = s.get(from);
        Token head = s.get(to);
        String victims = s.textOf(from, to + 1);
        if (from == to && Words.PRONOUN_ONE.contains(first)) {
            return Part.one(from, to, victims);
        }
        if (!head.isWord() || Words.NOT_PEOPLE.contains(head) || Words.DEFINITE.contains(head)) {
            return null;
        }
        boolean singularHead = Words.isSingularNoun(head.lower()) && !head.lower().endsWith("'s");
        if (Words.DEFINITE.contains(first) && from < to && singularHead) {
            return Part.one(from, to, victims);
        }
        int nameFrom = NounPhrase.afterAge(s, from, to + 1);
        boolean name = nameFrom <= to && to - nameFrom < 4;
        for (int k = nameFrom; k <= to && name; k++) {
            Token t = s.get(k);
            name = t.isWord() && t.capitalized() && !NounPhrase.isCalendar(t) || t.is("-") || t.is(".");
        }
        if (name && (singularAux || tr.role() == TriggerRole.SUBJECT && singularHead)) {
            return Part.one(from, to, victims);
        }
        return null;
    }
}
