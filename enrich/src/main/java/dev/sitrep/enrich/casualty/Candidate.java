package dev.sitrep.enrich.casualty;

import dev.sitrep.common.model.Qualifier;
import dev.sitrep.common.model.TextField;

/**
 * One casualty figure read from a sentence, before the article's figures are totalled.
 *
 * @param kind      what happened
 * @param best      the figure
 * @param low       its lower bound
 * @param high      its upper bound, or null when unbounded
 * @param qualifier the wording of the bound
 * @param victims   the noun phrase counted, or null
 * @param field     the field the offsets refer to
 * @param start     start offset of the evidence, a Java {@code String} index into {@code field}
 * @param end       end offset of the evidence, exclusive
 * @param evidence  the text of {@code [start, end)}
 * @param sentence  the sentence's position in the article (title sentences first)
 * @param group     the reading it came from: figures of one group are coordinated and add up
 * @param definite  victims named or referred back to ("the man", "he", "John Smith", "the two men"):
 *                  they may be counted elsewhere, so they never add to other figures
 * @param additive  worded as coming on top of others ("another", "also", "two more")
 * @param total     worded as a total ("a total of", "the death toll")
 * @param alternative from a report that differs from or is not confirmed by others: the most
 *                  conservative figure is kept
 */
record Candidate(CasualtyKind kind, long best, long low, Long high, Qualifier qualifier, String victims,
                 TextField field, int start, int end, String evidence, int sentence, int group, boolean definite, boolean additive,
                 boolean total, boolean alternative) {
}
