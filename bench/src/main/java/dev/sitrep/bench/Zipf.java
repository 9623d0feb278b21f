package dev.sitrep.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws items by a Zipf law over their rank: the first is the most frequent, the {@code k}-th about
 * {@code 1/k^s} as frequent. Word use in any large text follows such a law, so a corpus drawn this way has
 * the long tail of rare words that real news has: most distinct words of an article occur in no article before it.
 * Immutable.
 *
 * @param <T> the items
 */
final class Zipf<T> {

    private final List<T> items;
    private final double[] cumulative;

    /** {@code items} in rank order (most frequent first), {@code exponent} the law's {@code s}. */
    Zipf(List<T> items, double exponent) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int rank = 0; rank < cumulative.length; rank++) {
            sum += 1 / Math.pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }
    }

    T draw(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        return items.get(Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1));
    }
}
