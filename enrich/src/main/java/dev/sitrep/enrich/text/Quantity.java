package dev.sitrep.enrich.text;

import dev.sitrep.common.model.Qualifier;

/**
 * A number as written in text, with the bounds its wording implies.
 *
 * @param best      the single figure a careful coder would write down
 * @param low       the lower bound
 * @param high      the upper bound, or null when the wording sets none ("at least 14")
 * @param qualifier the wording of the bound
 * @param form      how the number was written
 * @param total     whether the wording marks a sum ("a total of 5")
 * @param first     index of the first token (the qualifier's, if any)
 * @param end       index after the last token
 */
public record Quantity(long best, long low, Long high, Qualifier qualifier, QuantityForm form, boolean total,
                       int first, int end) {
}
