package dev.sitrep.enrich.geo.gazetteer;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A place a name may refer to, and how the name refers to it.
 *
 * @param place the candidate place
 * @param via   the kind of name that matched
 */
public record NameMatch(Place place, NameKind via) {

    public NameMatch {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(via, "via");
    }

    /**
     * The ids of the places that lists {@code 0} to {@code count - 1} of matches reach by a name other than a
     * weak one, sorted for a binary search: a name may have hundreds of candidates ("Washington"), and a set of
     * boxed ids would cost an object or two each.
     */
    public static long[] fullyNamedIds(int count, IntFunction<List<NameMatch>> list) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            n += list.apply(i).size();
        }
        long[] ids = new long[n];
        int found = 0;
        for (int i = 0; i < count; i++) {
            List<NameMatch> matches = list.apply(i);
            for (int j = 0; j < matches.size(); j++) {
                if (matches.get(j).via() != NameKind.WEAK) {
                    ids[found++] = matches.get(j).place().id();
                }
            }
        }
        Arrays.sort(ids, 0, found);
        return Arrays.copyOf(ids, found);
    }
}
