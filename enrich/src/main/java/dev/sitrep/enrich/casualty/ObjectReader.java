package dev.sitrep.enrich.casualty;

import dev.sitrep.enrich.text.WordSet;
import dev.sitrep.enrich.text.Quantity;
import dev.sitrep.enrich.text.QuantityForm;
import dev.sitrep.enrich.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a casualty verb's count from its object, rightwards: "killing 4 civilians", "killed two
 * soldiers and a policeman", "wounding her", "the bodies of two men". Stateless.
 */
final class ObjectReader {

    private static final int MAX_ITEMS = 8;

    private ObjectReader() {
    }

    static Reading read(SentenceTokens s, Trigger tr) {
        if (ClauseChecks.doubtedBefore(s, tr.first())) {
            return Reading.DOUBTED;
        }
        return items(s, tr.end());
    }

    /** The coordinated objects starting at token {@code k}. */
    static Reading items(SentenceTokens s, int from) {
        List<Part> parts = new ArrayList<>();
        int k = from;
        while (k < s.size() && parts.size() < MAX_ITEMS) {
            Part p = objectAt(s, k);
            if (p == null || !parts.isEmpty() && startsClause(s, p.last() + 1)) {
                break; // "killed a soldier, and another soldier was wounded": a new clause, not a second object
            }
            if (p.best() == 0) {
                return parts.isEmpty() ? Reading.DOUBTED : Reading.of(parts);
            }
            parts.add(p);
            k = p.last() + 1;
            if (k + 1 < s.size() && s.get(k).is(",") && s.get(k + 1).is("and")) {
                k += 2;
            } else if (k < s.size() && s.get(k).is("and")) {
                k++;
            } else if (k < s.size() && s.get(k).is(",") && counted(s, k + 1)) {
                k++; // ", 3 policemen": a list; ", the director of ...": an apposition, not a second victim
            } else {
                break;
            }
        }
        return parts.isEmpty() ? Reading.NOTHING : Reading.of(SubjectReader.inheritQualifier(parts));
    }

    /** One object: a count and its noun phrase, or a single person by pronoun, "the" or name. */
    static Part objectAt(SentenceTokens s, int k) {
        if (k >= s.size()) {
            return null;
        }
        Quantity q = s.quantityAt(k);
        if (q == null && (s.get(k).is("the") || s.get(k).is("all")) && k + 1 < s.size()) {
            q = s.quantityAt(k + 1);
        }
        if (q != null) {
            if (q.form() == QuantityForm.ZERO) {
                return new Part(0, 0, 0L, q.qualifier(), k, q.end() - 1, null, false, false);
            }
            int end = NounPhrase.end(s, q.end(), 6);
            String victims = s.textOf(q.end(), end);
            if (q.form() == QuantityForm.ARTICLE && victims == null || !NounPhrase.people(s, q.end(), end, victims)) {
                return null;
            }
            Quantity members = q.form() == QuantityForm.ARTICLE ? membersOf(s, q.end()) : null;
            return Part.of(members != null ? members : q, Math.max(end, q.end()) - 1, victims).withTokens(k);
        }
        Token t = s.get(k);
        boolean possessive = (t.is("her") || t.is("his")) && k + 1 < s.size() && s.get(k + 1).isWord()
                && !Words.isStop(s.get(k + 1));
        if (Words.PRONOUN_ONE.contains(t) && !possessive) {
            return Part.one(k, k, t.lower());
        }
        if (Words.DEFINITE.contains(t) && !t.is("that") && !t.is("this")) {
            int end = NounPhrase.end(s, k + 1, 6);
            String victims = s.textOf(k, end);
            String head = NounPhrase.head(s.textOf(k + 1, end));
            if (head != null && end > k + 1 && Words.isSingularNoun(head) && !Words.NOT_PEOPLE.contains(head)
                    && !(head.endsWith("ing") && !head.equals("sibling"))
                    && NounPhrase.people(s, k + 1, end, victims)) {
                return Part.one(k, end - 1, victims);
            }
            return null;
        }
        int nameFrom = NounPhrase.afterAge(s, k, s.size());
        if (nameFrom > k && nameFrom < s.size()) {
            t = s.get(nameFrom); // "the body of 26-year-old Jonathan Kelly"
        }
        if (t.isWord() && t.capitalized() && !NounPhrase.isCalendar(t)) {
            int end = nameFrom;
            while (end < s.size() && end - nameFrom < 4 && s.get(end).isWord() && s.get(end).capitalized()
                    && !NounPhrase.isCalendar(s.get(end))) {
                end++;
            }
            String head = s.get(end - 1).lower();
            if (Words.isSingularNoun(head) && !head.endsWith("'s") && !Words.NOT_PEOPLE.contains(head)) {
                return Part.one(k, end - 1, s.textOf(k, end));
            }
        }
        return null;
    }

    /** The count of "a family of three", "a group of 20 villagers": a group counted by its members. */
    private static Quantity membersOf(SentenceTokens s, int k) {
        if (k + 2 >= s.size() || !GROUPS.contains(s.get(k)) || !s.get(k + 1).is("of")) {
            return null;
        }
        Quantity q = s.quantityAt(k + 2);
        return q != null && q.form() == QuantityForm.NUMERAL ? q : null;
    }

    private static final WordSet GROUPS = WordSet.of("family", "group", "household");

    private static boolean counted(SentenceTokens s, int k) {
        Quantity q = s.quantityAt(k);
        return q != null && (q.form() == QuantityForm.NUMERAL || q.form() == QuantityForm.VAGUE);
    }

    private static boolean startsClause(SentenceTokens s, int k) {
        return k < s.size() && (Words.BE.contains(s.get(k)) || s.get(k).is("had") || s.get(k).is("has")
                || s.get(k).is("have") || s.get(k).is("died"));
    }

    /** Whether a word right after an active verb starts an object we could not count ("killed civilians"). */
    static boolean objectFollows(SentenceTokens s, int k) {
        if (k >= s.size()) {
            return false;
        }
        Token t = s.get(k);
        return t.isWord() && !Words.isStop(t) && !Words.isAdverb(t) && !NounPhrase.isCalendar(t)
                || t.is("them") || t.is("themselves");
    }
}
