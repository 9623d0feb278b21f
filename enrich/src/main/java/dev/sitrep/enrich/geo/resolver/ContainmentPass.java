package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.extractor.NameMention;
import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

import java.util.List;

/**
 * Explicit containment: in "Kazan, Russia", "Springfield, Ill." or "Avoyelles Parish, La." the second name
 * says where the first lies; in "Columbus and Macon, Georgia" it says so for both. Both names gain where they
 * fit together.
 */
public final class ContainmentPass implements ResolverPass {

    static final double CONTAINED = 6.0;
    static final double CONTAINER = 2.0;

    @Override
    public void apply(ArticleMentions article, ScoreSheet sheet) {
        List<NameMention> ms = article.mentions();
        for (int i = 0; i + 1 < ms.size(); i++) {
            NameMention inner = ms.get(i);
            NameMention outer = ms.get(i + 1);
            if (!adjacentByComma(article, inner, outer)) {
                continue;
            }
            int go = sheet.groupOf(outer);
            if (go < 0) {
                continue;
            }
            boolean[] outerFits = new boolean[sheet.candidates(go)];
            contain(sheet, sheet.groupOf(inner), go, outerFits);
            if (i > 0 && joinedByAnd(article, ms.get(i - 1), inner)) {
                contain(sheet, sheet.groupOf(ms.get(i - 1)), go, outerFits);
            }
            for (int d = 0; d < outerFits.length; d++) {
                if (outerFits[d]) {
                    sheet.add(go, d, CONTAINER);
                }
            }
        }
    }

    /** Raises the readings of group {@code gi} that lie in a reading of {@code go}, and marks those readings. */
    private static void contain(ScoreSheet sheet, int gi, int go, boolean[] outerFits) {
        if (gi < 0 || gi == go) {
            return;
        }
        for (int c = 0; c < sheet.candidates(gi); c++) {
            Place p = sheet.place(gi, c);
            boolean fits = false;
            for (int d = 0; d < sheet.candidates(go); d++) {
                Place container = sheet.place(go, d);
                if (container.kind() != PlaceKind.CITY && p.liesIn(container) && p.id() != container.id()) {
                    fits = true;
                    outerFits[d] = true;
                }
            }
            if (fits) {
                sheet.add(gi, c, CONTAINED);
            }
        }
    }

    /** "Columbus and Macon": two names joined by "and" or "or" alone. */
    static boolean joinedByAnd(ArticleMentions article, NameMention first, NameMention second) {
        if (first.field() != second.field() || second.start() < first.end() || second.start() - first.end() > 5) {
            return false;
        }
        String text = article.field(first.field());
        return only(text, first.end(), second.start(), "and") || only(text, first.end(), second.start(), "or");
    }

    static boolean adjacentByComma(ArticleMentions article, NameMention inner, NameMention outer) {
        if (inner.field() != outer.field() || outer.start() < inner.end() || outer.start() - inner.end() > 4) {
            return false;
        }
        return only(article.field(inner.field()), inner.end(), outer.start(), ",");
    }

    /**
     * Whether {@code text[from, to)} is {@code word} with blanks around it: {@code substring(from, to).strip()
     * .equals(word)} without the two strings, as this is asked for most pairs of names.
     */
    private static boolean only(String text, int from, int to, String word) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to - from == word.length() && text.startsWith(word, from);
    }
}
