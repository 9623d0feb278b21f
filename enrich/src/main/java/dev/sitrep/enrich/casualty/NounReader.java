package dev.sitrep.enrich.casualty;

import dev.sitrep.enrich.text.Quantity;
import dev.sitrep.enrich.text.QuantityForm;
import dev.sitrep.enrich.text.Token;

import java.util.List;

/**
 * Reads counts of casualty nouns: before the noun ("5 fatalities", "two more civilian deaths", "no
 * reported injuries") and after a toll ("the death toll rose to 30", "the bodies of two men"). Stateless.
 */
final class NounReader {

    private static final int MAX_MODIFIERS = 3;
    private static final int TOLL_WINDOW = 9;

    private NounReader() {
    }

    /** "5 fatalities": the count right before the noun, past a few modifiers. */
    static Reading counted(SentenceTokens s, Trigger tr) {
        int j = tr.first() - 1;
        for (int steps = 0; j >= 0 && steps <= MAX_MODIFIERS; steps++, j--) {
            Quantity q = s.quantityEndingAt(j);
            if (q != null) {
                if (q.form() == QuantityForm.ZERO) {
                    return Reading.DOUBTED;
                }
                if (q.form() == QuantityForm.ARTICLE && !singular(tr)) {
                    return Reading.NOTHING;
                }
                String modifiers = s.textOf(q.end(), tr.first());
                if (!NounPhrase.people(s, q.end(), tr.first(), modifiers)) {
                    return Reading.NOTHING;
                }
                return Reading.of(List.of(Part.of(q, tr.end() - 1, modifiers)));
            }
            Token t = s.get(j);
            if (t.is("without") || t.is("no")) {
                return Reading.DOUBTED;
            }
            if (Words.isStop(t) && !t.is("of")) {
                break;
            }
        }
        return Reading.NOTHING;
    }

    /** "the death toll rose to 30", "the bodies of two men", "the death of a man". */
    static Reading toll(SentenceTokens s, Trigger tr) {
        List<String> words = tr.phrase().words();
        if (words.get(words.size() - 1).equals("of")) {
            Reading r = ObjectReader.items(s, tr.end());
            return r.found() ? Reading.of(r.parts()) : r;
        }
        for (int k = tr.end(); k < s.size() && k < tr.end() + TOLL_WINDOW; k++) {
            Token t = s.get(k);
            if (t.is(";") || t.is(".") || t.is("but") || t.is("while") || t.is("and")) {
                break;
            }
            Quantity q = s.quantityAt(k);
            if (q == null || k > 0 && s.get(k - 1).is("from")) {
                continue;
            }
            if (q.form() == QuantityForm.ZERO) {
                return Reading.DOUBTED;
            }
            if (q.form() == QuantityForm.ARTICLE) {
                continue;
            }
            return Reading.of(List.of(Part.of(q, q.end() - 1, null).asTotal()));
        }
        return Reading.NOTHING;
    }

    private static boolean singular(Trigger tr) {
        String w = tr.phrase().words().get(tr.phrase().words().size() - 1);
        return Words.isSingularNoun(w);
    }
}
