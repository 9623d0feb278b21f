package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.extractor.NameMention;
import dev.sitrep.enrich.geo.gazetteer.NameKind;
import dev.sitrep.enrich.geo.gazetteer.NameMatch;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A name that may be the capital of a country the article names is read in that country: a Kentucky story
 * that says its people are "in France" means the French capital by "Paris", however local the rest of the
 * story is, and "U.S. officials" make "Washington" American rather than an English town. Every reading in
 * that country gains alike, so within the country ("Washington counties" in a Nebraska story) the other
 * passes still decide. Left alone: a name with explicit containment ("Paris, Tenn."), which decides, and a
 * name that may itself be a country ("Mexico"). Only a country named by its name counts: a demonym
 * ("French fries", "British-born") says less about where things happen.
 */
public final class NamedCountryCapitalPass implements ResolverPass {

    /**
     * Large: the local passes (focus, shared region, proximity) each count the same local evidence again, and
     * together they give a small namesake up to about eight.
     */
    static final double BONUS = 8.0;
    /** A country name read as the country at least this likely names it. */
    static final double MIN_PROBABILITY = 0.5;

    @Override
    public void apply(ArticleMentions article, ScoreSheet sheet) {
        Set<String> named = null;
        for (int g = 0; g < sheet.size(); g++) {
            int best = sheet.best(g);
            if (best < 0) {
                continue;
            }
            NameMatch m = sheet.group(g).candidates().get(best);
            if (m.place().kind() == PlaceKind.COUNTRY && m.via() != NameKind.DEMONYM && m.via() != NameKind.WEAK
                    && sheet.plausibility(g) >= 1.0 && sheet.probability(g, best) >= MIN_PROBABILITY) {
                if (named == null) {
                    named = new HashSet<>(4);
                }
                named.add(m.place().countryCode());
            }
        }
        if (named == null) {
            return;
        }
        boolean[] contained = null;
        for (int g = 0; g < sheet.size(); g++) {
            CandidateTable t = sheet.table(g);
            if (t.anyCountry) {
                continue; // "Mexico", "Kuwait": a name that is a country's own stays the country, not its capital
            }
            String country = namedCapitalCountry(t, named);
            if (country == null) {
                continue;
            }
            if (contained == null) {
                contained = contained(article, sheet);
            }
            if (contained[g]) {
                continue;
            }
            for (int c = 0; c < t.size(); c++) {
                if (t.countryCodes[c].equals(country)) {
                    sheet.add(g, c, BONUS);
                }
            }
        }
    }

    /** The groups with a mention followed by its container ("Paris, Tenn."): explicit containment decides those. */
    private static boolean[] contained(ArticleMentions article, ScoreSheet sheet) {
        boolean[] out = new boolean[sheet.size()];
        List<NameMention> ms = article.mentions();
        for (int i = 0; i + 1 < ms.size(); i++) {
            int g = sheet.groupOf(ms.get(i));
            if (g >= 0 && ContainmentPass.adjacentByComma(article, ms.get(i), ms.get(i + 1))) {
                out[g] = true;
            }
        }
        return out;
    }

    /** The named country whose capital the name may be, or null. */
    private static String namedCapitalCountry(CandidateTable t, Set<String> named) {
        for (int i = 0; i < t.size(); i++) {
            if (t.capital[i] && named.contains(t.countryCodes[i])) {
                return t.countryCodes[i];
            }
        }
        return null;
    }
}
