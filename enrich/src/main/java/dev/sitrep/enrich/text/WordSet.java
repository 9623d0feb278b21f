package dev.sitrep.enrich.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A read-only set of lower-case words that a {@link Token} is tested against in place:
 * {@code contains(t)} answers exactly what {@code set.contains(t.lower())} would, without making the
 * lower-case string. Immutable and thread-safe.
 */
public final class WordSet {

    private final WordTable<Boolean> table;

    private WordSet(Collection<String> words) {
        table = new WordTable<>(words.stream().distinct().collect(Collectors.toMap(Function.identity(), w -> true)));
    }

    public static WordSet of(String... words) {
        return new WordSet(Arrays.asList(words));
    }

    public static WordSet of(Collection<String> words) {
        return new WordSet(words);
    }

    /** Whether the token's lower-case form is in the set. */
    public boolean contains(Token t) {
        return table.getLower(t) != null;
    }

    public boolean contains(String word) {
        return table.get(word) != null;
    }

    public Set<String> words() {
        return table.words();
    }
}
