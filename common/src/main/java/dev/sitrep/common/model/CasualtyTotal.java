package dev.sitrep.common.model;

/**
 * The article-level estimate for one casualty type, each event counted once.
 *
 * @param best the best estimate
 * @param low  the lower bound
 * @param high the upper bound, or null when unbounded
 */
public record CasualtyTotal(long best, long low, Long high) {
}
