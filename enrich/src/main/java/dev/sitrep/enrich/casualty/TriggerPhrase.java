package dev.sitrep.enrich.casualty;

import java.util.List;

/**
 * A casualty word or idiom, as lower-case tokens.
 *
 * @param words the tokens, e.g. {@code ["lost", "their", "lives"]}
 * @param kind  what it says happened
 * @param role  where its count is found
 */
record TriggerPhrase(List<String> words, CasualtyKind kind, TriggerRole role) {

    TriggerPhrase {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a trigger needs at least one word");
        }
    }
}
