package dev.sitrep.enrich.casualty;

import dev.sitrep.common.model.Qualifier;
import dev.sitrep.enrich.text.Quantity;

/**
 * A count read next to a casualty word, in token positions.
 *
 * @param best      the figure
 * @param low       its lower bound
 * @param high      its upper bound, or null
 * @param qualifier the wording of the bound
 * @param first     index of its first token
 * @param last      index of its last token (inclusive)
 * @param victims   the noun phrase counted, or null
 * @param definite  one victim referred to by name, pronoun or "the"
 * @param total     worded as a total
 */
record Part(long best, long low, Long high, Qualifier qualifier, int first, int last, String victims,
            boolean definite, boolean total) {

    static Part of(Quantity q, int last, String victims) {
        return new Part(q.best(), q.low(), q.high(), q.qualifier(), q.first(), last, victims, false, q.total());
    }

    static Part one(int first, int last, String victims) {
        return new Part(1, 1, 1L, Qualifier.EXACT, first, last, victims, true, false);
    }

    Part withTokens(int newFirst) {
        return new Part(best, low, high, qualifier, newFirst, last, victims, definite, total);
    }

    Part withVictims(String newVictims) {
        return new Part(best, low, high, qualifier, first, last, newVictims, definite, total);
    }

    Part asTotal() {
        return new Part(best, low, high, qualifier, first, last, victims, definite, true);
    }
}
