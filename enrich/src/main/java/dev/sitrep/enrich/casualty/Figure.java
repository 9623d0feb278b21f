package dev.sitrep.enrich.casualty;

import dev.sitrep.common.model.CasualtyTotal;

/**
 * A figure with bounds, as totals are built from candidates.
 *
 * @param best the figure
 * @param low  its lower bound
 * @param high its upper bound, or null when unbounded
 */
record Figure(long best, long low, Long high) {

    static final Figure ZERO = new Figure(0, 0, 0L);

    static Figure of(Candidate c) {
        return new Figure(c.best(), c.low(), c.high());
    }

    Figure plus(Figure o) {
        return new Figure(best + o.best, low + o.low, high == null || o.high == null ? null : high + o.high);
    }

    /** The larger figure; bounds come with it, widened to what the other one allows. */
    Figure max(Figure o) {
        Figure big = o.best > best || o.best == best && o.low > low ? o : this;
        Figure small = big == o ? this : o;
        Long high = big.high == null ? null : small.high == null ? null : Math.max(big.high, small.high);
        return new Figure(big.best, Math.max(big.low, small.low), high == null && big.high != null ? big.high : high);
    }

    /** What is left after taking {@code o} away, never below zero. */
    Figure minus(Figure o) {
        long b = Math.max(0, best - o.best);
        long l = Math.max(0, low - (o.high == null ? o.best : o.high));
        Long h = high == null ? null : Math.max(0, high - o.low);
        return new Figure(b, Math.min(l, b), h);
    }

    CasualtyTotal toTotal() {
        return new CasualtyTotal(best, Math.min(low, best), high == null ? null : Math.max(high, best));
    }
}
