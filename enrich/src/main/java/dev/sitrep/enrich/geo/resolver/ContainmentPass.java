package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.extractor.NameMention;
import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

import java.util.List;

/**
 * Explicit containment: in "Kazan, Russia", "Springfield, Ill." or "Avoyelles Parish, La." the second name
 * says where the first lies. Both names gain where they fit together.
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
            int gi = sheet.groupOf(inner);
            int go = sheet.groupOf(outer);
            if (gi < 0 || go < 0 || gi == go) {
                continue;
            }
            boolean[] outerFits = new boolean[sheet.candidates(go)];
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
            for (int d = 0; d < outerFits.length; d++) {
                if (outerFits[d]) {
                    sheet.add(go, d, CONTAINER);
                }
            }
        }
    }

    static boolean adjacentByComma(ArticleMentions article, NameMention inner, NameMention outer) {
        if (inner.field() != outer.field() || outer.start() < inner.end() || outer.start() - inner.end() > 4) {
            return false;
        }
        String between = article.field(inner.field()).substring(inner.end(), outer.start()).strip();
        return between.equals(",");
    }
}
